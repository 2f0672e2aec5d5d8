if (a) /'/.test(b); exports.a = 1;
while (a) /'/.test(b); exports.b = 1;
for (;;) /'/.test(b); exports.c = 1;
x = f(a) / 2; exports.d = 1 / 2;
x = (a) / 2; exports.e = 1 / 2;
foowhile (a) /'/; exports.f = 1;
