exports['a'] = 1;
exports["b"] = 2;
module.exports['c'] = 3;
