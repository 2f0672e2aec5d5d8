// createHash: digests of many inputs under every algorithm, in every output form.
'use strict';
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
const bytes = Buffer.alloc(256);
for (let i = 0; i < 256; i++) bytes[i] = i;
const inputs = [
  ['empty', ''],
  ['abc', 'abc'],
  ['fox', 'The quick brown fox jumps over the lazy dog'],
  ['448 bits', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'],
  ['896 bits', 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'],
  ['unicode', 'héllo wörld ☃ 漢字 😀'],
  ['55 bytes', 'x'.repeat(55)],
  ['56 bytes', 'x'.repeat(56)],
  ['64 bytes', 'x'.repeat(64)],
  ['111 bytes', 'y'.repeat(111)],
  ['112 bytes', 'y'.repeat(112)],
  ['128 bytes', 'y'.repeat(128)],
  ['all bytes', bytes],
  ['a million a', 'a'.repeat(1000000)],
];

for (const algorithm of algorithms) {
  for (const [label, input] of inputs) {
    console.log(algorithm, label, crypto.createHash(algorithm).update(input).digest('hex'));
  }
  const digest = crypto.createHash(algorithm).update('abc');
  const buffer = crypto.createHash(algorithm).update('abc').digest();
  console.log(algorithm, 'buffer', Buffer.isBuffer(buffer), buffer.length, buffer.toString('hex'));
  console.log(algorithm, 'base64', digest.copy().digest('base64'));
  console.log(algorithm, 'base64url', digest.copy().digest('base64url'));
  console.log(algorithm, 'latin1', JSON.stringify(digest.copy().digest('latin1')));
  console.log(algorithm, 'binary', JSON.stringify(digest.copy().digest('binary')));
  console.log(algorithm, 'explicit buffer', digest.digest('buffer').equals(buffer));
}

// Many small updates give the digest of their concatenation.
for (const algorithm of algorithms) {
  const whole = 'The quick brown fox jumps over the lazy dog'.repeat(50);
  const hash = crypto.createHash(algorithm);
  for (let i = 0; i < whole.length; i += 7) hash.update(whole.slice(i, i + 7));
  console.log(algorithm, 'pieces', hash.digest('hex') === crypto.createHash(algorithm).update(whole).digest('hex'));
}

// update returns the hash, so calls chain.
const chained = crypto.createHash('sha256');
console.log(chained.update('a') === chained, chained.update('b').update('c').digest('hex'));
