'use strict';

// `require('constants')`: Node's deprecated flat table of the system
// constants (still used by graceful-fs and other old packages): dlopen,
// errno, priority and signal numbers from `os.constants`, then
// `fs.constants` and `crypto.constants`, frozen. Later tables win, as in
// Node's Object.assign.

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

const { dlopen, errno, priority, signals } = os.constants;
// Node builds this from the native tables: `defaultCipherList` is an
// accessor lib/crypto.js adds to `crypto.constants` afterwards, so it is
// not here.
const { defaultCipherList, ...cryptoConstants } = crypto.constants;
module.exports = Object.freeze(Object.assign({}, dlopen, errno, priority, signals, fs.constants, cryptoConstants));
