exports['\x4'] = 1;
exports['\u{110000}'] = 2;
exports['\u{}'] = 3;
exports['\u12'] = 4;
exports.ok = 5;
