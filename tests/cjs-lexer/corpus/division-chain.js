x = a / b / c; exports.a = 1 / 2;
x = /a/ / 2; exports.b = 1 / 2;
x = a
/ b /
c; exports.c = 1;
