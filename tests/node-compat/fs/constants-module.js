// The deprecated `constants` module: os, fs and crypto constants in one
// frozen object (graceful-fs reads it).
const constants = require('constants');
const keys = Object.keys(constants);
console.log(keys.length, Object.isFrozen(constants), constants === require('node:constants'));
console.log(JSON.stringify(Object.fromEntries(keys.sort().map((k) => [k, constants[k]]))));
const fs = require('fs');
console.log(Object.keys(fs.constants).every((k) => constants[k] === fs.constants[k]));
console.log(constants.ENOENT, constants.SIGTERM, constants.O_CREAT, constants.PRIORITY_LOW);
