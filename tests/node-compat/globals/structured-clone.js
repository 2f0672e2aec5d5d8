// structuredClone over the value kinds it copies, shared and circular references, transfer and refusals.
const source = {
  n: 1, s: 'x', b: true, nil: null, u: undefined, big: 10n, neg0: -0,
  date: new Date(0), re: /a+/gi, map: new Map([[1, { a: 1 }]]), set: new Set(['x']),
  arr: [1, , 3], bytes: new Uint8Array([1, 2, 3]), boxed: Object(5),
  err: new RangeError('bad', { cause: 'c' }),
};
source.self = source;
source.arr.extra = 'kept';
const copy = structuredClone(source);
console.log(copy !== source, copy.self === copy, copy.n, copy.s, copy.b, copy.nil, 'u' in copy, copy.big, Object.is(copy.neg0, -0));
console.log(copy.date instanceof Date, copy.date.getTime(), copy.re.source, copy.re.flags, copy.re.lastIndex);
console.log(copy.map.get(1).a, copy.map.get(1) !== source.map.get(1), copy.set.has('x'), copy.arr.length, 1 in copy.arr, copy.arr.extra);
console.log(copy.bytes instanceof Uint8Array, [...copy.bytes].join(), copy.bytes.buffer !== source.bytes.buffer, typeof copy.boxed, copy.boxed.valueOf());
console.log(copy.err instanceof RangeError, copy.err.message, copy.err.cause, copy.err.name);
const shared = { v: 1 };
const pair = structuredClone([shared, shared]);
console.log(pair[0] === pair[1]);
class Point { constructor() { this.x = 1; } }
const point = structuredClone(new Point());
console.log(point instanceof Point, point.x, Object.getPrototypeOf(point) === Object.prototype);
const buffer = Buffer.from('hi');
const cloned = structuredClone(buffer);
console.log(cloned.constructor.name, [...cloned].join());
const ab = new ArrayBuffer(8);
const moved = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, moved.byteLength);
for (const value of [() => 1, Symbol('s'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  try {
    structuredClone(value);
  } catch (error) {
    console.log(error.name, error.code, error.message.replace(/\s+/g, ' '));
  }
}
try {
  structuredClone();
} catch (error) {
  console.log(error.code, error.message);
}
console.log(typeof fetch, typeof structuredClone);
