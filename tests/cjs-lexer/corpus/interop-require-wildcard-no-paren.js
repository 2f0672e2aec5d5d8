var _x = _interopRequireWildcard;
exports.a = 1;
