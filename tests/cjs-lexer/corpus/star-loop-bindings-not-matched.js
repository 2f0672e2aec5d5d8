var	_a = require('a');
var _b =	require('b');
var _c
= require('c');
const {_d} = require('d');
var _e = x.require('e');
Object.keys(_a).forEach(function (key) { if (key !== 'default') exports[key] = _a[key]; });
Object.keys(_b).forEach(function (key) { if (key !== 'default') exports[key] = _b[key]; });
Object.keys(_c).forEach(function (key) { if (key !== 'default') exports[key] = _c[key]; });
Object.keys(_d).forEach(function (key) { if (key !== 'default') exports[key] = _d[key]; });
Object.keys(_e).forEach(function (key) { if (key !== 'default') exports[key] = _e[key]; });
