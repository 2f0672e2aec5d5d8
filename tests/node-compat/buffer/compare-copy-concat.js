// Buffer.compare, buf.compare with ranges, equals, copy (overlapping too) and concat, with their errors.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const list = ['', 'a', 'b', 'ab', 'abc', 'abd', 'b\u0000', '\u00ff'].map((s) => Buffer.from(s, 'latin1'));
for (const a of list) {
  console.log(JSON.stringify(a.toString('latin1')), list.map((b) => `${Buffer.compare(a, b)}/${a.compare(b)}/${a.equals(b)}`).join(' '));
}
const a = Buffer.from('abcdef');
const b = Buffer.from('xxcdexx');
const ranges = [[], [2], [2, 5], [2, 5, 2], [2, 5, 2, 5], [2, 5, 2, 4], [0, 0, 0, 0], [0, 0, 1, 1], [3, 3], [10],
  [0, 10], [-1], [0, 1, 7], [0, 1, 0, 9], [1.5], ['1'], [undefined, undefined, 1], [8, 9, 0, 1], [0, 1, 7, 8]];
for (const range of ranges) t(`compare ${JSON.stringify(range)}`, () => a.compare(b, ...range));
t('compare bad', () => a.compare('abc'));
t('Buffer.compare bad', () => Buffer.compare(a, 'abc'));
t('Buffer.compare bad 1', () => Buffer.compare(null, a));
t('equals bad', () => a.equals('abc'));
t('compare Uint8Array', () => a.compare(new Uint8Array([0x61])));
const copies = [[], [0], [2], [2, 1], [2, 1, 3], [0, 0, 100], [20], [-1], [0, -1], [0, 7], [0, 0, -1], [1.7, 0.5, 3.9],
  ['2', '1', '3'], [NaN, NaN, NaN], [0, 3, 2], [undefined, undefined, 2]];
for (const args of copies) {
  t(`copy ${JSON.stringify(args)}`, () => {
    const target = Buffer.alloc(8, 0x2e);
    const count = a.copy(target, ...args);
    return `${count} ${target.toString('latin1')}`;
  });
}
t('copy overlap forward', () => { const c = Buffer.from('0123456789'); c.copy(c, 2, 0, 6); return c.toString(); });
t('copy overlap back', () => { const c = Buffer.from('0123456789'); c.copy(c, 0, 3, 9); return c.toString(); });
t('copy to Uint16Array', () => { const target = new Uint16Array(2); a.copy(target); return [...target].join(','); });
t('copy bad target', () => a.copy('x'));
t('copy from Uint8Array', () => { const target = Buffer.alloc(3); Buffer.prototype.copy.call(new Uint8Array([1, 2]), target); return target.toString('hex'); });
for (const args of [[[]], [[a, b]], [[a, b], 4], [[a, b], 20], [[a], 0], [[a, new Uint8Array([0x21])]], [['x']],
  [[a, 'x']], ['x'], [[a], -1], [[a], 1.5], [[a], '3'], [[a, new Uint16Array(2)]]]) {
  t(`concat ${JSON.stringify(args)}`, () => Buffer.concat(...args).toString('latin1'));
}
