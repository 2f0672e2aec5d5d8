a++ / 2; exports.a = 1 / 2;
a-- / 2; exports.b = 1 / 2;
x = + /'/; exports.c = 1;
x = - /'/; exports.d = 1;
