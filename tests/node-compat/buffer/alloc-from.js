// Buffer.alloc/allocUnsafe/allocUnsafeSlow, Buffer.from for every kind of source, copyBytesFrom, of, and the pool.
'use strict';
const t = (label, fn) => {
  try {
    const value = fn();
    console.log(label, Buffer.isBuffer(value) ? value.toString('hex') : value);
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
t('alloc 4', () => Buffer.alloc(4));
t('alloc fill num', () => Buffer.alloc(5, 257));
t('alloc fill str', () => Buffer.alloc(5, 'ab'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill base64', () => Buffer.alloc(7, 'QUJD', 'base64'));
t('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill bad hex', () => Buffer.alloc(5, 'zz', 'hex'));
t('alloc fill unknown', () => Buffer.alloc(5, 'a', 'bogus'));
t('alloc -1', () => Buffer.alloc(-1));
t('alloc str', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc 1.5', () => Buffer.alloc(1.5).length);
t('allocUnsafe 10', () => Buffer.allocUnsafe(10).length);
t('allocUnsafe bad', () => Buffer.allocUnsafe({}));
t('allocUnsafeSlow 3', () => Buffer.allocUnsafeSlow(3).length);
t('from array', () => Buffer.from([1, 2, 256, -1, 1.7, '3', 'x', null]));
t('from array-like', () => Buffer.from({ length: 3, 0: 9, 2: 7 }));
t('from json', () => Buffer.from({ type: 'Buffer', data: [4, 5] }));
t('from Buffer', () => Buffer.from(Buffer.from('xy')));
t('from Uint16Array', () => Buffer.from(new Uint16Array([0x102, 0x304])));
t('from Float64Array', () => Buffer.from(new Float64Array([1.5, -1, 300])));
t('from String object', () => Buffer.from(new String('str')));
t('from valueOf', () => Buffer.from({ valueOf: () => 'vo' }));
t('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]: () => 'tp' }, 'utf8'));
const ab = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer;
t('from ab', () => Buffer.from(ab));
t('from ab 2', () => Buffer.from(ab, 2));
t('from ab 2 3', () => Buffer.from(ab, 2, 3));
t('from ab "1" "2"', () => Buffer.from(ab, '1', '2'));
t('from ab NaN', () => Buffer.from(ab, NaN, 2));
t('from ab 7', () => Buffer.from(ab, 7));
t('from ab 2 9', () => Buffer.from(ab, 2, 9));
t('from ab shares', () => { const b = Buffer.from(ab, 1, 2); b[0] = 99; return new Uint8Array(ab)[1]; });
for (const bad of [5, null, undefined, true, Symbol('s'), () => {}]) t(`from ${typeof bad}`, () => Buffer.from(bad));
t('from bad encoding', () => Buffer.from('x', 'nope'));
t('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
t('copyBytesFrom all', () => Buffer.copyBytesFrom(new Uint8Array([7, 8])));
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));
t('copyBytesFrom offset', () => Buffer.copyBytesFrom(new Uint8Array([7, 8]), -1));
t('of', () => Buffer.of(1, 2, 300));
t('of is no constructor', () => { try { return new Buffer.of(1); } catch (err) { return err.name; } });
// Small buffers share the 8 KiB pool; large ones do not.
const small = Buffer.from('pool');
const smallUnsafe = Buffer.allocUnsafe(10);
console.log('pool', small.buffer.byteLength, smallUnsafe.buffer.byteLength, Buffer.poolSize,
  Buffer.allocUnsafe(5000).buffer.byteLength, Buffer.alloc(10).buffer.byteLength, Buffer.from('x'.repeat(5000)).buffer.byteLength,
  small.byteOffset % 8, Buffer.allocUnsafeSlow(10).buffer.byteLength);
t('Buffer(3)', () => Buffer(3));
t('new Buffer("ab")', () => new Buffer('ab'));
t('Buffer(3, "utf8")', () => Buffer(3, 'utf8'));
t('new Buffer([1])', () => new Buffer([1]));
