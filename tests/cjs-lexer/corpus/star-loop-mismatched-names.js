var _x = require('x');
Object.keys(_x).forEach(function (key) { if (k !== 'default') exports[key] = _x[key]; });
Object.keys(_x).forEach(function (key) { if (key !== 'default') exports[k] = _x[key]; });
Object.keys(_x).forEach(function (key) { if (key !== 'default') exports[key] = _y[key]; });
Object.keys(_x).forEach(function (key) { if (key === "default" || key === '__esModule') return; exports[key] = _x[key]; });
