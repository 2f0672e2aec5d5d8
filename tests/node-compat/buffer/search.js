// indexOf, lastIndexOf and includes of numbers, strings in each encoding, and buffers, from every kind of offset.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const hay = Buffer.from('abcabc€abc\u0000');
const needles = ['abc', 'c', '', '€', 'bca', 'x', 99, 0x61 + 256, -159, 0, Buffer.from('ca'), new Uint8Array([0x82, 0xac]),
  Buffer.alloc(0)];
const offsets = [undefined, 0, 1, 3, 4, -1, -4, -100, 100, 1.9, -1.9, '1', 'latin1', NaN, null, [], {}, 2 ** 32, -(2 ** 32)];
for (const needle of needles) {
  for (const offset of offsets) {
    const label = `${Buffer.isBuffer(needle) || needle instanceof Uint8Array ? `<${[...needle]}>` : JSON.stringify(needle)} ${String(offset)}`;
    t(`indexOf ${label}`, () => hay.indexOf(needle, offset));
    t(`lastIndexOf ${label}`, () => hay.lastIndexOf(needle, offset));
    t(`includes ${label}`, () => hay.includes(needle, offset));
  }
}
const wide = Buffer.from('abcdXbc\ud800cd', 'utf16le');
for (const [needle, offset] of [['bc', 0], ['bc', 3], ['bc', 4], ['c', -1], ['\ud800', 0], ['d', 7], ['', 5], ['Xb', 100]]) {
  t(`ucs2 ${JSON.stringify(needle)} ${offset}`, () =>
    [wide.indexOf(needle, offset, 'ucs2'), wide.lastIndexOf(needle, offset, 'utf16le'), wide.includes(needle, offset, 'UCS-2')]);
}
const odd = Buffer.from('aXbXc');
t('ucs2 buffer odd', () => [odd.indexOf(Buffer.from('zz'), 0, 'ucs2'), odd.indexOf(Buffer.from('Xb'), 0, 'ucs2'),
  odd.indexOf(Buffer.from('bX'), 0, 'ucs2')]);
const bytes = Buffer.from('q\u00e9\u00ffz', 'latin1');
for (const encoding of ['latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'utf8']) {
  t(`enc ${encoding}`, () => [bytes.indexOf('\u00e9\u00ff', encoding), bytes.indexOf('e9ff', 0, encoding),
    bytes.indexOf('6f8=', 0, encoding), bytes.lastIndexOf('z', encoding)]);
}
t('bad encoding', () => hay.indexOf('a', 0, 'nope'));
t('bad value', () => hay.indexOf({}));
t('bad value 2', () => hay.indexOf(true));
t('this', () => Buffer.prototype.indexOf.call('abc', 'a'));
t('Uint16Array needle', () => hay.indexOf(new Uint16Array([0x6261])));
