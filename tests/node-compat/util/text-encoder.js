// TextEncoder: encode, encodeInto (whole characters only), lone surrogates, inspection and errors.
'use strict';

const util = require('util');

const encoder = new TextEncoder();
const show = (bytes) => `${bytes.constructor.name}[${Array.from(bytes).join(',')}]`;
console.log(encoder.encoding, util.TextEncoder === TextEncoder);
for (const input of ['', 'abc', 'é', '€', '😀', 'a\ud800b', '\udc00', undefined, null, 12, { toString: () => 'obj' }]) {
  console.log(show(encoder.encode(input)));
}
console.log(show(encoder.encode()));
for (const [text, size] of [['abc', 2], ['a€b', 3], ['a€b', 4], ['😀x', 3], ['😀x', 4], ['', 0], ['\ud800', 3]]) {
  const dest = new Uint8Array(size);
  const result = encoder.encodeInto(text, dest);
  console.log(JSON.stringify(text), size, result, show(dest));
}
const big = new Uint8Array(8);
console.log(encoder.encodeInto('hi', big.subarray(3)), show(big));
for (const [src, dest] of [[1, new Uint8Array(1)], ['a', []], ['a', new Uint16Array(1)], ['a', null]]) {
  try {
    encoder.encodeInto(src, dest);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  TextEncoder.prototype.encode.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(util.inspect(encoder), Object.prototype.toString.call(encoder));
console.log(Object.keys(TextEncoder.prototype).join(','), Object.getOwnPropertyNames(TextEncoder.prototype).join(','));
const long = 'ab€😀'.repeat(10000);
const encoded = encoder.encode(long);
console.log(encoded.length, new TextDecoder().decode(encoded) === long);
