function f() { exports.a = 1;
