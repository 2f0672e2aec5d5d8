// crypto.hash(algorithm, data[, outputEncoding | options]): the one-shot digest (Node 21.7+).
'use strict';
const crypto = require('crypto');

function show(value) {
  return Buffer.isBuffer(value) ? `Buffer ${value.toString('hex')}` : `${typeof value} ${JSON.stringify(value)}`;
}

function attempt(label, fn) {
  try {
    console.log(label, show(fn()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message, Object.keys(error).join(','));
  }
}

for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'SHA-256']) {
  const expected = crypto.createHash(algorithm).update('one shot').digest('hex');
  console.log(algorithm, crypto.hash(algorithm, 'one shot'), crypto.hash(algorithm, 'one shot') === expected);
}

attempt('default hex', () => crypto.hash('sha1', 'abc'));
attempt('base64', () => crypto.hash('sha1', 'abc', 'base64'));
attempt('base64url', () => crypto.hash('sha1', 'abc', 'base64url'));
attempt('latin1', () => crypto.hash('md5', 'abc', 'latin1'));
attempt('ucs2', () => crypto.hash('md5', 'abc', 'ucs2'));
attempt('HEX', () => crypto.hash('md5', 'abc', 'HEX'));
attempt('buffer', () => crypto.hash('md5', 'abc', 'buffer'));
attempt('BUFFER', () => crypto.hash('md5', 'abc', 'BUFFER'));
attempt('options encoding', () => crypto.hash('md5', 'abc', { outputEncoding: 'base64' }));
attempt('options empty', () => crypto.hash('md5', 'abc', {}));
attempt('options length', () => crypto.hash('md5', 'abc', { outputLength: 16 }));
attempt('Buffer input', () => crypto.hash('md5', Buffer.from('abc')));
attempt('Uint16Array input', () => crypto.hash('md5', new Uint16Array([0x6261, 0x63])));
attempt('DataView input', () => crypto.hash('md5', new DataView(new Uint8Array(Buffer.from('xabcx')).buffer, 1, 3)));
attempt('lone surrogate', () => crypto.hash('md5', '\ud800') === crypto.hash('md5', '\ufffd'));
attempt('unknown encoding', () => crypto.hash('md5', 'abc', 'bogus'));
attempt('number encoding', () => crypto.hash('md5', 'abc', { outputEncoding: 5 }));
attempt('null options', () => crypto.hash('md5', 'abc', null));
attempt('number options', () => crypto.hash('md5', 'abc', 5));
attempt('bad length', () => crypto.hash('sha1', 'abc', { outputLength: 5 }));
attempt('negative length', () => crypto.hash('sha1', 'abc', { outputLength: -1 }));
attempt('number input', () => crypto.hash('md5', 5));
attempt('ArrayBuffer input', () => crypto.hash('md5', new ArrayBuffer(1)));
attempt('unknown algorithm', () => crypto.hash('nope', 'abc'));
attempt('number algorithm', () => crypto.hash(5, 'abc'));
attempt('unknown algorithm bad input', () => crypto.hash('nope', 5));
