class A { m() { exports.a = 1; } static { exports.b = 2; } }
var o = { m() { module.exports.c = 3; }, d: exports.d = 4 };
