exports.b = 1;
exports.a = 2;
exports['b'] = 3;
module.exports.c = 4;
exports.a = 5;
