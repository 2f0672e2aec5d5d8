bar _a = require('a');
not _b = require('b');
x = (_c = require('c'));
Object.keys(_a).forEach(function (key) { if (key !== 'default') exports[key] = _a[key]; });
Object.keys(_b).forEach(function (key) { if (key !== 'default') exports[key] = _b[key]; });
Object.keys(_c).forEach(function (key) { if (key !== 'default') exports[key] = _c[key]; });
