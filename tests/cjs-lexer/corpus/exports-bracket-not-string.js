exports[a] = 1;
exports[`b`] = 2;
exports[0] = 3;
exports['c' + 'd'] = 4;
exports['e'].f = 5;
