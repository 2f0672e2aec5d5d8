// Deep equality edge cases: which pairs deepEqual, deepStrictEqual and partialDeepStrictEqual accept.
'use strict';

const assert = require('assert');
const util = require('util');

const verdict = (fn) => {
  try {
    fn();
    return 'eq';
  } catch (err) {
    return err.code === 'ERR_ASSERTION' ? '--' : `throws ${err.name}`;
  }
};

class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar {
  constructor() {
    this.a = 1;
  }
}
const sym = Symbol('s');
function regexp(lastIndex) {
  const re = /x/g;
  re.lastIndex = lastIndex;
  return re;
}
function cycle(value) {
  const obj = { value };
  obj.self = obj;
  return obj;
}
function args() {
  return arguments;
}
const hidden = (obj, key, value) => Object.defineProperty(obj, key, { value, enumerable: false });

const table = [
  ['1 vs "1"', 1, '1'],
  ['0 vs -0', 0, -0],
  ['NaN vs NaN', NaN, NaN],
  ['null vs undefined', null, undefined],
  ['[] vs {}', [], {}],
  ['{} vs Object.create(null)', {}, Object.create(null)],
  ['Foo vs Bar', new Foo(), new Bar()],
  ['Foo vs plain', new Foo(), { a: 1 }],
  ['symbol keys', { [sym]: 1 }, { [sym]: 1 }],
  ['symbol key differs', { [sym]: 1 }, { [sym]: 2 }],
  ['hidden key', hidden({ a: 1 }, 'b', 1), { a: 1 }],
  ['holes vs undefined', [1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  ['array extra prop', Object.assign([1], { x: 1 }), [1]],
  ['arguments vs array', args(1, 2), [1, 2]],
  ['Map same', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  ['Map object keys', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['Map loose keys', new Map([[1, 'v']]), new Map([['1', 'v']])],
  ['Set objects reordered', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['Set loose', new Set([1]), new Set(['1'])],
  ['Set subset', new Set([1, 2, 3]), new Set([3, 1])],
  ['Date same', new Date(5), new Date(5)],
  ['Date vs number', new Date(5), 5],
  ['Date extra prop', Object.assign(new Date(5), { x: 1 }), new Date(5)],
  ['RegExp flags', /x/g, /x/i],
  ['RegExp lastIndex', regexp(0), regexp(1)],
  ['boxed 1 vs 1', new Number(1), 1],
  ['boxed -0 vs 0', new Number(-0), new Number(0)],
  ['boxed strings', new String('a'), new String('a')],
  ['errors same', new Error('x'), new Error('x')],
  ['errors name', new Error('x'), new TypeError('x')],
  ['error cause', new Error('x', { cause: 1 }), new Error('x')],
  ['error code prop', Object.assign(new Error('x'), { code: 1 }), new Error('x')],
  ['Uint8Array vs Buffer', new Uint8Array([1]), Buffer.from([1])],
  ['Float64 -0', new Float64Array([-0]), new Float64Array([0])],
  ['Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['Int8 vs Uint8', new Int8Array([1]), new Uint8Array([1])],
  ['ArrayBuffer', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['ArrayBuffer vs view', new Uint8Array([1]).buffer, new Uint8Array([1])],
  ['cycles', cycle(1), cycle(1)],
  ['cycles differ', cycle(1), cycle(2)],
  ['functions', () => {}, () => {}],
  ['WeakMaps', new WeakMap(), new WeakMap()],
  ['URL', new URL('http://a/'), new URL('http://a/')],
  ['URL differs', new URL('http://a/'), new URL('http://b/')],
  ['partial object', { a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } }],
  ['partial array', [1, 2, 3], [1, 3]],
  ['partial array order', [1, 2, 3], [3, 1]],
  ['partial string', 'abc', 'ab'],
];

for (const [label, a, b] of table) {
  console.log(label.padEnd(24),
              verdict(() => assert.deepEqual(a, b)),
              verdict(() => assert.deepStrictEqual(a, b)),
              verdict(() => assert.partialDeepStrictEqual(a, b)),
              verdict(() => assert.notDeepStrictEqual(a, b)),
              util.isDeepStrictEqual(a, b),
              util.isDeepStrictEqual(a, b, true));
}
