importx = 1;
x.import('y');
myimport = 1;
function f() { import('z'); }
exports.a = 1;
