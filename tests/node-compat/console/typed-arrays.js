// Typed arrays, ArrayBuffer and DataView.
'use strict';
const util = require('util');

console.log(new Uint8Array([1, 2, 255]));
console.log(new Int8Array([-128, 127]));
console.log(new Float64Array([1.5, -0, NaN]));
console.log(new Float32Array(2));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8Array(0));
console.log(Int16Array.from({ length: 40 }, (_, i) => i * 37 - 500));
console.log(new Uint8Array(120));
console.log(new Uint8Array([1, 2, 3]).buffer);
console.log(new ArrayBuffer(0));
console.log(new DataView(new ArrayBuffer(4), 1, 2));
console.log({ bytes: new Uint16Array([1, 2]) });
console.log(util.inspect(new Uint8Array(5), { maxArrayLength: 2 }));
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
