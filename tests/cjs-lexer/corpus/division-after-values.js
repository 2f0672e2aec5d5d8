x = a / 2; exports.a = 1 / 3;
x = 1 / 2; exports.b = 1 / 3;
x = 'a' / 2; exports.c = 1 / 3;
x = a[0] / 2; exports.d = 1 / 3;
x = this / 2; exports.e = 1 / 3;
