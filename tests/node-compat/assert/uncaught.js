// An uncaught AssertionError ends the process with exit code 1 after the output so far.
'use strict';

const assert = require('assert');

console.log('before');
process.on('exit', (code) => console.log('exit code', code));
assert.deepStrictEqual({ a: 1 }, { a: 2 });
console.log('never printed');
