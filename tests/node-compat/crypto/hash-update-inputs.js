// Hash.update: strings in each encoding, and every kind of ArrayBufferView.
'use strict';
const crypto = require('crypto');

const md5 = (data, encoding) => crypto.createHash('md5').update(data, encoding).digest('hex');

const text = 'héllo € 😀';
for (const encoding of [undefined, 'utf8', 'utf-8', 'UTF8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2',
  'utf16le', 'utf-16le', 'UCS2', 'buffer', 'bogus', null, '', 5]) {
  console.log('text', JSON.stringify(encoding), md5(text, encoding));
}
for (const [data, encoding] of [
  ['00ff10ab', 'hex'], ['00FF10AB', 'HEX'], ['abzz', 'hex'], ['zz', 'hex'], ['', 'hex'],
  ['aGVsbG8gd29ybGQ=', 'base64'], ['aGVsbG8gd29ybGQ', 'base64'], ['-_-_', 'base64url'], ['-_-_', 'base64'],
  ['+/+/', 'base64url'], ['aGk=\n', 'base64'], ['aGk=', 'BASE64'],
]) {
  console.log(JSON.stringify(data), encoding, md5(data, encoding));
}

// Lone surrogates hash as U+FFFD, like Node's UTF-8 encoder.
console.log('lone high', md5('a\ud800b'), md5('a\ufffdb'));
console.log('lone low', md5('\udc00'), md5('\ufffd'));
console.log('pair', md5('\ud83d\ude00'), md5('😀'));

const backing = new ArrayBuffer(16);
new Uint8Array(backing).forEach((_, i, a) => { a[i] = i * 17; });
const views = [
  ['Uint8Array', new Uint8Array(backing)],
  ['Uint8Array slice', new Uint8Array(backing, 3, 5)],
  ['Int8Array', new Int8Array(backing)],
  ['Uint8ClampedArray', new Uint8ClampedArray(backing)],
  ['Uint16Array', new Uint16Array(backing, 2, 3)],
  ['Int32Array', new Int32Array(backing, 4, 2)],
  ['Float32Array', new Float32Array([1.5, -2])],
  ['Float64Array', new Float64Array([Math.PI])],
  ['BigInt64Array', new BigInt64Array([-1n])],
  ['DataView', new DataView(backing, 1, 9)],
  ['Buffer', Buffer.from('héllo')],
  ['Buffer subarray', Buffer.from('héllo world').subarray(2, 7)],
  ['empty view', new Uint8Array(0)],
];
for (const [label, view] of views) {
  const expected = crypto.createHash('md5').update(Buffer.from(view.buffer, view.byteOffset, view.byteLength)).digest('hex');
  console.log(label, md5(view), md5(view) === expected);
}

// The encoding argument is ignored for views.
console.log('view with encoding', md5(Buffer.from('abc'), 'hex') === md5('abc'));
