exports.a = 1;
var s = 'abc
exports.b = 1;
