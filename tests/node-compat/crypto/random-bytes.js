// randomBytes / randomFillSync / randomFill: sizes, types, offsets and errors (never the random values).
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const value = fn();
    const kind = Object.prototype.toString.call(value);
    console.log(label, kind, Buffer.isBuffer(value), value?.byteLength);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

for (const size of [0, 1, 2, 16, 33, 1024, 65536, 65537, 200000, 1.5, 7.99]) {
  attempt(`randomBytes(${size})`, () => crypto.randomBytes(size));
}
attempt('randomBytes(-1)', () => crypto.randomBytes(-1));
attempt('randomBytes(NaN)', () => crypto.randomBytes(NaN));
attempt('randomBytes(Infinity)', () => crypto.randomBytes(Infinity));
attempt('randomBytes(2 ** 31)', () => crypto.randomBytes(2 ** 31));
attempt("randomBytes('8')", () => crypto.randomBytes('8'));
attempt('randomBytes()', () => crypto.randomBytes());
attempt('randomBytes(1n)', () => crypto.randomBytes(1n));
attempt('randomBytes(4, "cb")', () => crypto.randomBytes(4, 'cb'));
attempt('randomBytes(4, null)', () => crypto.randomBytes(4, null));
console.log('pseudoRandomBytes', crypto.pseudoRandomBytes === crypto.randomBytes, crypto.rng === crypto.randomBytes, crypto.prng === crypto.randomBytes);

// 64 random bytes are never all zero (the odds are 2 ** -512).
console.log('not all zero', crypto.randomBytes(64).some((b) => b !== 0));
console.log('two calls differ', !crypto.randomBytes(32).equals(crypto.randomBytes(32)));

// randomFillSync writes only the range asked for.
function zeroesOutside(view, start, end) {
  const bytes = new Uint8Array(view.buffer ?? view, view.byteOffset ?? 0, view.byteLength);
  return bytes.every((b, i) => (i >= start && i < end) || b === 0);
}
{
  const buf = Buffer.alloc(100);
  const result = crypto.randomFillSync(buf, 10, 50);
  console.log('fill range', result === buf, zeroesOutside(buf, 10, 60), buf.subarray(10, 60).some((b) => b !== 0));
}
{
  const words = new Uint32Array(16);
  crypto.randomFillSync(words, 4, 8);
  console.log('Uint32Array elements', zeroesOutside(words, 16, 48), words.subarray(4, 12).some((w) => w !== 0));
}
{
  const ab = new ArrayBuffer(40);
  const result = crypto.randomFillSync(ab, 8);
  console.log('ArrayBuffer', result === ab, zeroesOutside(ab, 8, 40));
}
{
  const backing = new ArrayBuffer(32);
  const view = new DataView(backing, 8, 16);
  crypto.randomFillSync(view, 4, 4);
  console.log('DataView', zeroesOutside(new Uint8Array(backing), 12, 16));
}
{
  const floats = new Float64Array(4);
  crypto.randomFillSync(floats, 1, 2);
  console.log('Float64Array', zeroesOutside(floats, 8, 24), floats[0], floats[3]);
}
attempt('fill whole', () => crypto.randomFillSync(new Uint8Array(8)));
attempt('fill empty', () => crypto.randomFillSync(new Uint8Array(0)));
attempt('offset at end', () => crypto.randomFillSync(new Uint8Array(8), 8));
attempt('offset past end', () => crypto.randomFillSync(new Uint8Array(8), 9));
attempt('offset elements past end', () => crypto.randomFillSync(new Uint32Array(4), 5));
attempt('size past end', () => crypto.randomFillSync(new Uint8Array(8), 2, 7));
attempt('size elements past end', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
attempt('negative offset', () => crypto.randomFillSync(new Uint8Array(8), -1));
attempt('negative size', () => crypto.randomFillSync(new Uint8Array(8), 0, -1));
attempt('string offset', () => crypto.randomFillSync(new Uint8Array(8), '1'));
attempt('NaN size', () => crypto.randomFillSync(new Uint8Array(8), 0, NaN));
attempt('array buf', () => crypto.randomFillSync([1, 2, 3]));
attempt('string buf', () => crypto.randomFillSync('abc'));
attempt('no buf', () => crypto.randomFillSync());

attempt('randomFill no callback', () => crypto.randomFill(new Uint8Array(4)));
attempt('randomFill offset no callback', () => crypto.randomFill(new Uint8Array(4), 1));
attempt('randomFill bad callback', () => crypto.randomFill(new Uint8Array(4), 1, 2, 'cb'));
attempt('randomFill bad buf', () => crypto.randomFill('abc', () => {}));
attempt('randomFill bad offset', () => crypto.randomFill(new Uint8Array(4), 5, () => {}));

// The callback forms call back later, with null and the buffer.
let sync = true;
crypto.randomBytes(12, function (error, buf) {
  console.log('randomBytes callback', sync, error, Buffer.isBuffer(buf), buf.length);
  const target = Buffer.alloc(20);
  crypto.randomFill(target, 5, 10, (error2, filled) => {
    console.log('randomFill(buf, offset, size, cb)', error2, filled === target, zeroesOutside(target, 5, 15));
    const second = new Uint16Array(8);
    crypto.randomFill(second, 2, (error3, filled3) => {
      console.log('randomFill(buf, offset, cb)', error3, filled3 === second, zeroesOutside(second, 4, 16));
      crypto.randomFill(new ArrayBuffer(6), (error4, filled4) => {
        console.log('randomFill(buf, cb)', error4, Object.prototype.toString.call(filled4), filled4.byteLength);
      });
    });
  });
});
console.log('returned', crypto.randomBytes(1, () => {}));
sync = false;
