'use strict';
// `path/win32`: the very object `require('path').win32` is.
module.exports = require('path').win32;
