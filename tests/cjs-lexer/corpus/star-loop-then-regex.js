var _x = require('x');
Object.keys(_x).forEach(function (key) { if (key !== 'default') exports[key] = _x[key]; }) / 2; exports.b = 1 / 2;
var _y = require('y');
Object.keys(_y).forEach(function (key) { if (key !== 'default') exports[key] = _y[key]; }) / 2; exports.c = 1 / 2;
