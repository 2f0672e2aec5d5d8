// subarray/slice (shared memory, offsets), swap16/32/64, toJSON, JSON round trips, species, and the legacy parent/offset.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const buf = Buffer.from('0123456789');
for (const [start, end] of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [100], [-100, 3], [1.5, 4.9], ['2', '4'], [NaN, 3],
  [2, undefined], [undefined, 4], [2 ** 40], [-(2 ** 40), 2]]) {
  t(`subarray ${JSON.stringify(start)} ${JSON.stringify(end)}`, () => {
    const sub = buf.subarray(start, end);
    const slice = buf.slice(start, end);
    return [sub.toString(), slice.toString(), sub.byteOffset - buf.byteOffset, sub.buffer === buf.buffer, sub instanceof Buffer].join(' ');
  });
}
const shared = Buffer.from('abc');
shared.subarray(1)[0] = 0x5a;
console.log('shared', shared.toString());
for (const size of [0, 2, 3, 4, 8, 12, 16, 130, 256]) {
  const bytes = Buffer.from(Array.from({ length: size }, (_, i) => i));
  for (const method of ['swap16', 'swap32', 'swap64']) {
    t(`${method} ${size}`, () => {
      const copy = Buffer.from(bytes);
      const returned = copy[method]();
      return `${returned === copy} ${copy.subarray(0, 16).toString('hex')} ${copy.subarray(-8).toString('hex')}`;
    });
  }
}
t('toJSON', () => JSON.stringify(Buffer.from([1, 2, 255])));
t('toJSON empty', () => JSON.stringify(Buffer.alloc(0)));
t('toJSON nested', () => JSON.stringify({ a: Buffer.from('hi') }));
t('round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
t('species map', () => { const m = Buffer.from([1, 2]).map((x) => x * 2); return `${m.constructor.name} ${m instanceof Buffer} ${m.toString('hex')}`; });
t('species filter', () => Buffer.from([1, 2, 3]).filter((x) => x > 1).constructor.name);
t('Uint8Array slice', () => { const s = Uint8Array.prototype.slice.call(buf, 1, 3); return `${s.constructor.name} ${s.buffer === buf.buffer}`; });
t('parent/offset', () => [Buffer.from(new ArrayBuffer(4), 1).offset, buf.parent === buf.buffer, Object.keys(Buffer.prototype).includes('parent')].join(' '));
t('toLocaleString', () => Buffer.from('loc').toLocaleString('hex'));
t('toString()', () => Buffer.from('plain').toString());
t('toString(undefined, 1)', () => Buffer.from('plain').toString(undefined, 1));
t('toString(null)', () => Buffer.from('plain').toString(null));
t('toString bad', () => Buffer.from('plain').toString('bad'));
t('iteration', () => [...Buffer.from('ab')].join(',') + ' ' + [...Buffer.from('ab').entries()].join(';'));
t('for-in', () => { const keys = []; for (const key in Buffer.from('ab')) keys.push(key); return keys.slice(0, 4).join(','); });
t('instanceof', () => [Buffer.alloc(1) instanceof Uint8Array, Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(Buffer.alloc(0))].join(' '));
t('constructor', () => [Buffer.alloc(1).constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.name, Buffer.length].join(' '));
