var _x = _interopRequireWildcard("x");
exports.a = 1;
