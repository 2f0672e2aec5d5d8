function f() {}
/'/.test(x); exports.a = 1;
class A {}
/'/.test(x); exports.b = 1;
x = {} / 2; exports.c = 1 / 2;
x = () => {}
/'/.test(x); exports.d = 1;
try {} catch (e) {}
/'/.test(x); exports.e = 1;
try {} finally {}
/'/.test(x); exports.f = 1;
if (x) {} else {}
/'/.test(x); exports.g = 1;
;{}
/'/.test(x); exports.h = 1;
