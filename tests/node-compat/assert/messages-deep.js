// The diffs of failed deepStrictEqual and partialDeepStrictEqual for nested values, printed as error.message.
'use strict';

const assert = require('assert');

function message(fn) {
  try {
    fn();
    return '(passed)';
  } catch (err) {
    return err.message;
  }
}

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Other {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

const long = (n, change) => Array.from({ length: n }, (_, i) => (i === change ? 'changed' : `item ${i}`));

const pairs = [
  [{ a: 1, b: 2 }, { a: 1, b: 3 }],
  [{ a: 1 }, { a: 1, b: 2 }],
  [{ b: 1, a: 2 }, { a: 2, b: 2 }],
  [{ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }],
  [[1, 2, 3], [1, 2, 3, 4]],
  [[1, 2, 3], [3, 2, 1]],
  [long(30, 15), long(30, -1)],
  [long(30, 2), long(30, 27)],
  [long(10, 3), long(10, -1)],
  [long(100, 50), long(100, 51)],
  [new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3]])],
  [new Set([1, 2, 3]), new Set([1, 2, 4])],
  [new Set([{ a: 1 }]), new Set([{ a: 2 }])],
  [new Point(1, 2), new Other(1, 2)],
  [new Point(1, 2), { x: 1, y: 2 }],
  [new Point(1, 2), new Point(1, 3)],
  [new Date(0), new Date(1000)],
  [/abc/g, /abc/i],
  [new Error('one'), new Error('two')],
  [new TypeError('same'), new RangeError('same')],
  [Buffer.from('abc'), Buffer.from('abd')],
  [new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])],
  [new Float64Array([0]), new Float64Array([-0])],
  [[1, [2, [3, [4]]]], [1, [2, [3, [5]]]]],
  [{ list: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }] }, { list: [{ id: 1, name: 'a' }, { id: 2, name: 'c' }] }],
  [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }],
  [{ fn() {} }, { fn() {} }],
  [new Number(1), new Number(2)],
  [new String('abc'), 'abc'],
  [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  [{ a: undefined }, {}],
  [Object.create(null), {}],
  ['string', { a: 1 }],
  [{ a: 1 }, null],
  [[], {}],
  [{ a: 'x'.repeat(100) }, { a: 'y'.repeat(100) }],
  [{ nested: { deeply: { value: [1, 2, { x: 'multi\nline' }] } } }, { nested: { deeply: { value: [1, 2, { x: 'other' }] } } }],
];

for (const [actual, expected] of pairs) {
  console.log(message(() => assert.deepStrictEqual(actual, expected)));
  console.log('--');
}

// Same structure, different references: identical inspection.
const fn1 = function() {};
const fn2 = function() {};
console.log(message(() => assert.deepStrictEqual({ f: fn1 }, { f: fn2 })));
console.log(message(() => assert.strictEqual({ a: [1, 2] }, { a: [1, 2] })));
console.log(message(() => assert.strictEqual(long(60, -1), long(60, -1))));
console.log(message(() => assert.deepStrictEqual(new WeakMap(), new WeakMap())));
console.log(message(() => assert.deepStrictEqual(Promise.resolve(), Promise.resolve())));

console.log(message(() => assert.partialDeepStrictEqual({ a: 1, b: { c: 2 } }, { b: { c: 3 } })));
console.log(message(() => assert.partialDeepStrictEqual([1, 2, 3], [4])));
console.log(message(() => assert.partialDeepStrictEqual(new Set([1, 2]), new Set([3]))));
console.log(message(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 })));
console.log(message(() => assert.partialDeepStrictEqual(1, 2)));
console.log(message(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'with a message')));
console.log(message(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, new TypeError('own error'))));
