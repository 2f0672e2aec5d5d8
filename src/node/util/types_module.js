'use strict';
// The `util/types` module: the same object as `util.types`.

module.exports = require('internal/util/types');
