// Every number reader and writer: values, byte order, return values, and the errors of bad offsets and values.
'use strict';
const t = (label, fn) => {
  try {
    const value = fn();
    console.log(label, typeof value === 'bigint' ? `${value}n` : value);
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const bytes = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xa5, 0x06, 0x77, 0xf8, 0x09, 0xfa]);
const readers = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE',
  'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint16LE', 'readUint32BE',
  'readBigUint64LE', 'readBigUint64BE'];
for (const name of readers) {
  for (const offset of [undefined, 0, 1, 2, 3, 9, -1, 1.5, '1', NaN]) t(`${name}(${offset})`, () => bytes[name](offset));
}
for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (const [offset, size] of [[0, 1], [0, 2], [1, 3], [2, 4], [0, 5], [4, 6], [5, 6], [0, 7], [0, 0], [undefined, 2],
    [0, undefined], [0, 1.5], ['0', 2]]) {
    t(`${name}(${offset}, ${size})`, () => bytes[name](offset, size));
  }
}
const writes = [
  ['writeUInt8', [255, 0], [256, 0], [-1, 0], [1, 9], [1.9, 0]],
  ['writeInt8', [-128, 0], [127, 1], [128, 0], [-129, 0]],
  ['writeUInt16LE', [0xbeef, 0], [0x10000, 0], [1, 8], [1, 9]],
  ['writeUInt16BE', [0xbeef, 1]],
  ['writeInt16LE', [-2, 0], [-32769, 0]],
  ['writeInt16BE', [-2, 3]],
  ['writeUInt32LE', [0xdeadbeef, 0], [2 ** 32, 0], [-1, 0], [1, 7], [1, -1], [1, 1.5], [1, '0']],
  ['writeUInt32BE', [0xdeadbeef, 2]],
  ['writeInt32LE', [-1, 0], [2 ** 31, 0]],
  ['writeInt32BE', [-(2 ** 31), 0]],
  ['writeFloatLE', [1.5, 0], [NaN, 0], [1e40, 0], [-0, 6], [1, 7]],
  ['writeFloatBE', [-2.25, 1]],
  ['writeDoubleLE', [Math.PI, 0], [1, 3]],
  ['writeDoubleBE', [-Infinity, 2]],
  ['writeBigUInt64LE', [0x0102030405060708n, 0], [-1n, 0], [2n ** 64n, 0], [5, 0], [1n, 3]],
  ['writeBigUInt64BE', [0x0102030405060708n, 2]],
  ['writeBigInt64LE', [-2n, 0], [2n ** 63n, 0]],
  ['writeBigInt64BE', [-(2n ** 63n), 1]],
  ['writeUint16LE', [7, 0]],
  ['writeUIntLE', [0x123456, 0, 3], [2 ** 48 - 1, 0, 6], [2 ** 48, 0, 6], [1, 0, 7], [1, 0, undefined], [1, undefined, 2]],
  ['writeUIntBE', [0x1234567890, 1, 5], [1, 0, 1]],
  ['writeIntLE', [-0x123456, 0, 3], [-(2 ** 47), 0, 6], [2 ** 47, 0, 6]],
  ['writeIntBE', [-5, 2, 5], [-129, 0, 1]],
];
for (const [name, ...calls] of writes) {
  for (const args of calls) {
    const buf = Buffer.alloc(9);
    t(`${name}(${args.map(String).join(', ')})`, () => `${buf[name](...args)} ${buf.toString('hex')}`);
  }
}
// Round trips through every byte order.
const buf = Buffer.alloc(8);
for (const value of [0, 1, -1, 0x7fff, -0x8000, 123456789, -987654321]) {
  buf.writeInt32BE(value | 0);
  buf.writeDoubleLE(value / 3);
  console.log(value, buf.readInt32BE(0) === (value | 0) ? 'ok' : 'lost', buf.readDoubleLE() === value / 3, buf.readIntLE(0, 6));
}
