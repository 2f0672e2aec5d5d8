exports.let = 1;
exports.default = 2;
exports.class = 3;
exports.yield = 4;
exports.enum = 5;
exports.await = 6;
