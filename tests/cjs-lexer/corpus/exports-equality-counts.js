if (exports.a == 1) {}
if (exports.b === 2) {}
exports.c => 3;
if (exports.d != 4) {}
