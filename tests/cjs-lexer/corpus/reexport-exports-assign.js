exports = require('a');
exports.b = require('b');
