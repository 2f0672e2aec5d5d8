exports.a = 1;
exports.b = 1; exports.c = 1;
