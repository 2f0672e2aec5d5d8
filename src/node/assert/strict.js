'use strict';
// `assert/strict`: assert in strict mode (see assert.js).
module.exports = require('assert').strict;
