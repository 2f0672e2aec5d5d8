'use strict';
// `path/posix`: the very object `require('path').posix` is.
module.exports = require('path').posix;
