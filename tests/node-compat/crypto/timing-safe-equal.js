// crypto.timingSafeEqual: byte comparison of equal-length views, and its errors.
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    console.log('  ', String(error), Object.keys(error).join(','), error instanceof RangeError);
  }
}

attempt('equal', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')));
attempt('first differs', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('Secret')));
attempt('last differs', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
attempt('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
attempt('types mixed', () => crypto.timingSafeEqual(new Uint16Array([0x0201]), new Uint8Array([1, 2])));
attempt('ArrayBuffer', () => crypto.timingSafeEqual(new ArrayBuffer(4), new Uint32Array(1)));
attempt('DataView', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), Buffer.alloc(2)));
attempt('views with offsets', () => crypto.timingSafeEqual(Buffer.from('xxabc').subarray(2), Buffer.from('abcyy').subarray(0, 3)));
attempt('float bits', () => crypto.timingSafeEqual(new Float64Array([0]), new Float64Array([-0])));
attempt('NaN bits', () => crypto.timingSafeEqual(new Float64Array([NaN]), new Float64Array([NaN])));
attempt('lengths', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc')));
attempt('byte lengths', () => crypto.timingSafeEqual(new Uint16Array(2), new Uint8Array(2)));
attempt('string first', () => crypto.timingSafeEqual('ab', Buffer.from('ab')));
attempt('string second', () => crypto.timingSafeEqual(Buffer.from('ab'), 'ab'));
attempt('none', () => crypto.timingSafeEqual());
attempt('array', () => crypto.timingSafeEqual([1], [1]));
attempt('length check after types', () => crypto.timingSafeEqual(Buffer.from('a'), 5));
console.log(crypto.timingSafeEqual.length);

// A MAC check as cookie libraries write it.
const mac = (value) => crypto.createHmac('sha256', 'secret').update(value).digest();
console.log(crypto.timingSafeEqual(mac('session=1'), mac('session=1')), crypto.timingSafeEqual(mac('session=1'), mac('session=2')));
