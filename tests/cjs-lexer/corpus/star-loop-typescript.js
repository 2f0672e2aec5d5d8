var m = require('m');
Object.keys(m).forEach(function (p) { if (p !== "default" && !exports.hasOwnProperty(p)) exports[p] = m[p]; });
var n = require('n');
Object.keys(n).forEach(function (p) { if (p !== 'default' && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = n[p]; });
var o = require('o');
Object.keys(o).forEach(function (p) { if (p !== 'default') exports[p] = o[p] });
