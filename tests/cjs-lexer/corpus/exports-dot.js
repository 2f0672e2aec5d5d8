exports.a = 1;
exports.b = function () {};
exports.$c = exports._d = 2;
