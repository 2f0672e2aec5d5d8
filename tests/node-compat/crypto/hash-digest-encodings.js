// Hash.digest(encoding): every encoding Node knows, in any case, and what it does with others.
'use strict';
const crypto = require('crypto');

function show(value) {
  if (Buffer.isBuffer(value)) return `Buffer ${value.toString('hex')}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

for (const encoding of ['hex', 'HEX', 'base64', 'Base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'utf-8',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'buffer', 'BUFFER', 'bogus', '', undefined, null, 0, 1, true, false]) {
  for (const algorithm of ['md5', 'sha1', 'sha256']) {
    const digest = crypto.createHash(algorithm).update('The quick brown fox').digest(encoding);
    console.log(algorithm, JSON.stringify(encoding), show(digest));
  }
}

// Objects are turned into strings first, as `${encoding}`.
console.log(show(crypto.createHash('md5').update('x').digest({ toString: () => 'base64' })));
console.log(show(crypto.createHash('md5').update('x').digest(['hex'])));
