'use strict';
// The `assert/strict` module: `assert.strict`, whose equal/deepEqual/notEqual/
// notDeepEqual are the strict ones.

module.exports = require('assert').strict;
