// DEP0198: a shake digest without outputLength warns once, only under NODE_PENDING_DEPRECATION=1 (--pending-deprecation).
'use strict';
const crypto = require('crypto');
process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));
crypto.createHash('shake128').digest();
console.log('no warning yet');
process.env.NODE_PENDING_DEPRECATION = '1';
crypto.createHash('sha256');
crypto.createHash('shake256', { outputLength: 4 });
crypto.hash('SHAKE-128', 'x');
crypto.createHash('shake256').copy();
crypto.hash('shake256', 'x');
setTimeout(() => console.log('done'), 1);
