var _x = require('x');
Object.keys(_x).forEach((key) => { if (key !== 'default') exports[key] = _x[key]; });
Object.keys(_x).forEach(function (key) { exports[key] = _x[key]; });
