__export (require('a'));
__export(/* c */ require('b'));
__export( require('c'));
function f() { __export(require('d')); }
x__export(require('e'));
__exportFoo(require('f'));
__exportStar(m, exports);
