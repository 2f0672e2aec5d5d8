// fill with numbers, strings in each encoding, buffers and other values; offsets, ends and their errors.
'use strict';
const t = (label, fn) => {
  try {
    const buf = Buffer.alloc(9, 0xee);
    const result = fn(buf);
    console.log(label, buf.toString('hex'), result === buf);
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const values = [0, 1, 255, 256, -1, 1.9, NaN, 'a', 'ab', 'abc', '', 'é', '€', '😀', '\ud800', 'ff00', 'zz', 'QUJD',
  Buffer.from([1, 2]), Buffer.alloc(0), new Uint16Array([0x201]), true, null, {}, [], [7]];
for (const value of values) {
  const name = Buffer.isBuffer(value) || ArrayBuffer.isView(value) ? `<${value.constructor.name} ${[...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)]}>` : JSON.stringify(value) ?? String(value);
  t(`${name}`, (b) => b.fill(value));
  t(`${name} 2`, (b) => b.fill(value, 2));
  t(`${name} 2 5`, (b) => b.fill(value, 2, 5));
  for (const encoding of ['latin1', 'ucs2', 'hex', 'base64', 'ascii', 'utf8']) {
    t(`${name} ${encoding}`, (b) => b.fill(value, encoding));
    t(`${name} 1 ${encoding}`, (b) => b.fill(value, 1, encoding));
    t(`${name} 1 8 ${encoding}`, (b) => b.fill(value, 1, 8, encoding));
  }
}
for (const [offset, end] of [[-1, 5], [0, 10], [5, 2], [1.5, 3], ['1', 3], [0, -1], [9, 9], [undefined, 3], [NaN, 2]]) {
  t(`range ${offset} ${end}`, (b) => b.fill('x', offset, end));
  t(`range num ${offset} ${end}`, (b) => b.fill(1, offset, end));
}
t('bad encoding', (b) => b.fill('x', 0, 9, 'nope'));
t('encoding not a string', (b) => b.fill('x', 0, 9, 5));
t('bigint', (b) => b.fill(1n));
