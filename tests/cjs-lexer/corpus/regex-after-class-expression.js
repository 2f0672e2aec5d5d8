x = class { m() {} } / 2; exports.a = 1 / 2;
class
B {}
/'/; exports.b = 1;
classy = {} / 2; exports.c = 1 / 2;
