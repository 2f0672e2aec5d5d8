exports.a.b = 1;
exports.c[0] = 2;
exports.d.e.f = 3;
