exports.\u0061 = 1;
exports.a\u0062 = 2;
exports.c = 3;
