var _x = require('x');
Object.keys(_x).forEach(function (key) { if (key !== 'default') Object.defineProperty(exports, key, { enumerable: xrue, get: function () { return _x[key]; } }); });
var _y = require('y');
Object.keys(_y).forEach(function (key) { if (key !== 'default') Object.defineProperty(exports, key, { enumerable: tabc, get: function () { return _y[key]; } }); });
var _z = require('z');
Object.keys(_z).forEach(function (key) { if (key !== 'default') Object.defineProperty(exports, key, { enumerable: false, get: function () { return _z[key]; } }); });
