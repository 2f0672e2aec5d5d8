// Compares src/node/assert/comparisons.js (isDeepEqual, isDeepStrictEqual,
// isPartialStrictEqual) with Node's own internal/util/comparisons over a
// table of edge cases and thousands of generated value pairs: the answer (or
// whether it throws) must be the same in every mode.
// Run with `node src/node/assert/comparisons.test.js`; the harness is
// src/node/checker.js (it restarts with --expose-internals).
'use strict';

const checker = require('../checker.js');

const nodeComparisons = checker.exposeInternals()('internal/util/comparisons');
const mine = checker.loadBuiltin('internal/util/comparisons');

const tally = checker.createTally({ maxReported: 40 });
const util = require('util');

const modes = [
  ['isDeepEqual', (impl, a, b) => impl.isDeepEqual(a, b)],
  ['isDeepStrictEqual', (impl, a, b) => impl.isDeepStrictEqual(a, b)],
  ['isDeepStrictEqual(skipPrototype)', (impl, a, b) => impl.isDeepStrictEqual(a, b, true)],
  ['isPartialStrictEqual', (impl, a, b) => impl.isPartialStrictEqual(a, b)],
];

function outcome(fn) {
  try {
    return fn();
  } catch (error) {
    return `throws ${error && error.name}`;
  }
}

function describe(value) {
  return util.inspect(value, { depth: 4, showHidden: true, breakLength: Infinity });
}

function comparePair(label, a, b) {
  for (const [mode, run] of modes) {
    for (const [x, y, order] of [[a, b, 'a,b'], [b, a, 'b,a']]) {
      const expected = outcome(() => run(nodeComparisons, x, y));
      const actual = outcome(() => run(mine, x, y));
      tally.record(`${label} ${mode}(${order})`, actual === expected,
                   () => `  expected: ${expected}\n  actual:   ${actual}\n  a: ${describe(x)}\n  b: ${describe(y)}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Edge cases, each a pair made fresh.

class Foo {
  constructor(x) {
    this.x = x;
  }
}
class Bar {
  constructor(x) {
    this.x = x;
  }
}
class MyError extends Error {}
class MyMap extends Map {}

function errorWith(message, props) {
  return Object.assign(new Error(message), props);
}
function withNonEnumerable(target, key, value) {
  return Object.defineProperty(target, key, { value, enumerable: false });
}
function regexpAt(source, lastIndex) {
  const re = new RegExp(source, 'g');
  re.lastIndex = lastIndex;
  return re;
}
function cyclicObject(extra) {
  const obj = { extra };
  obj.self = obj;
  return obj;
}
function cyclicArray(extra) {
  const arr = [extra];
  arr.push(arr);
  return arr;
}
function mutualCycle(value) {
  const a = { value };
  const b = { a };
  a.b = b;
  return a;
}
function sparse(length, entries) {
  const arr = new Array(length);
  for (const [index, value] of entries) arr[index] = value;
  return arr;
}
function argumentsOf(...args) {
  return (function() { return arguments; })(...args);
}
const sym = Symbol('s');
const sharedObject = { shared: true };

const edgeCases = [
  ['0 and -0', () => [0, -0]],
  ['NaN and NaN', () => [NaN, NaN]],
  ['1 and "1"', () => [1, '1']],
  ['null and undefined', () => [null, undefined]],
  ['"" and 0', () => ['', 0]],
  ['1n and 1', () => [1n, 1]],
  ['true and 1', () => [true, 1]],
  ['symbols', () => [Symbol('a'), Symbol('a')]],
  ['objects', () => [{ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }]],
  ['key order', () => [{ a: 1, b: 2 }, { b: 2, a: 1 }]],
  ['missing key', () => [{ a: 1 }, { a: 1, b: undefined }]],
  ['prototypes', () => [new Foo(1), new Bar(1)]],
  ['prototype vs plain', () => [new Foo(1), { x: 1 }]],
  ['null prototype', () => [Object.assign(Object.create(null), { a: 1 }), { a: 1 }]],
  ['own constructor', () => [{ constructor: Foo, x: 1 }, { constructor: Foo, x: 1 }]],
  ['symbol keys', () => [{ [sym]: 1 }, { [sym]: 2 }]],
  ['symbol key missing', () => [{ [sym]: 1 }, {}]],
  ['non-enumerable symbol', () => [withNonEnumerable({}, sym, 1), {}]],
  ['non-enumerable key', () => [withNonEnumerable({ a: 1 }, 'b', 2), { a: 1 }]],
  ['getters', () => [{ get a() { return 1; } }, { a: 1 }]],
  ['arrays', () => [[1, 2, 3], [1, 2, 3]]],
  ['array lengths', () => [[1, 2, 3], [1, 2]]],
  ['holes vs undefined', () => [[1, , 3], [1, undefined, 3]]], // eslint-disable-line no-sparse-arrays
  ['holes', () => [sparse(5, [[1, 'a']]), sparse(5, [[1, 'a']])]],
  ['holes shifted', () => [sparse(5, [[1, 'a']]), sparse(5, [[2, 'a']])]],
  ['array extra props', () => [Object.assign([1], { x: 1 }), [1]]],
  ['array vs arguments', () => [[1, 2], argumentsOf(1, 2)]],
  ['arguments', () => [argumentsOf(1, 2), argumentsOf(1, 2)]],
  ['array vs object', () => [[1], { 0: 1, length: 1 }]],
  ['dates', () => [new Date(0), new Date(0)]],
  ['dates differ', () => [new Date(0), new Date(1)]],
  ['date with props', () => [Object.assign(new Date(0), { x: 1 }), new Date(0)]],
  ['invalid dates', () => [new Date(NaN), new Date(NaN)]],
  ['regexps', () => [/a/g, /a/g]],
  ['regexp flags', () => [/a/g, /a/i]],
  ['regexp lastIndex', () => [regexpAt('a', 1), regexpAt('a', 2)]],
  ['boxed numbers', () => [new Number(1), new Number(1)]],
  ['boxed -0', () => [new Number(0), new Number(-0)]],
  ['boxed NaN', () => [new Number(NaN), new Number(NaN)]],
  ['boxed number vs number', () => [new Number(1), 1]],
  ['boxed strings', () => [new String('a'), new String('a')]],
  ['boxed string keys', () => [Object.assign(new String('a'), { x: 1 }), new String('a')]],
  ['boxed booleans', () => [new Boolean(true), new Boolean(false)]],
  ['boxed bigint', () => [Object(1n), Object(1n)]],
  ['boxed symbol', () => [Object(sym), Object(sym)]],
  ['boxed different kinds', () => [new Number(1), new String('1')]],
  ['errors', () => [new Error('a'), new Error('a')]],
  ['error messages', () => [new Error('a'), new Error('b')]],
  ['error classes', () => [new Error('a'), new TypeError('a')]],
  ['error subclass', () => [new MyError('a'), new Error('a')]],
  ['error name prop', () => [errorWith('a', { name: 'X' }), new Error('a')]],
  ['error cause', () => [new Error('a', { cause: 1 }), new Error('a', { cause: 1 })]],
  ['error cause differs', () => [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })]],
  ['error cause missing', () => [new Error('a', { cause: undefined }), new Error('a')]],
  ['aggregate errors', () => [new AggregateError([1], 'x'), new AggregateError([2], 'x')]],
  ['error vs object', () => [new Error('a'), { message: 'a' }]],
  ['error extra prop', () => [errorWith('a', { code: 1 }), new Error('a')]],
  ['maps', () => [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])]],
  ['map values', () => [new Map([[1, 'a']]), new Map([[1, 'b']])]],
  ['map object keys', () => [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])]],
  ['map object keys 3', () => [new Map([[{ a: 1 }, 1], [{ a: 2 }, 2], [{ a: 3 }, 3]]),
                               new Map([[{ a: 3 }, 3], [{ a: 1 }, 1], [{ a: 2 }, 2]])]],
  ['map loose keys', () => [new Map([[1, 'a']]), new Map([['1', 'a']])]],
  ['map null/undefined keys', () => [new Map([[null, 1]]), new Map([[undefined, 1]])]],
  ['map subclass', () => [new MyMap([[1, 2]]), new Map([[1, 2]])]],
  ['map sizes', () => [new Map([[1, 1], [2, 2]]), new Map([[1, 1]])]],
  ['sets', () => [new Set([1, 2, 3]), new Set([3, 2, 1])]],
  ['set objects', () => [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])]],
  ['set objects 4', () => [new Set([[1], [2], [3], [4]]), new Set([[4], [3], [2], [1]])]],
  ['set duplicates', () => [new Set([{ a: 1 }, { a: 1 }, { a: 2 }]), new Set([{ a: 1 }, { a: 2 }, { a: 2 }])]],
  ['set loose', () => [new Set([1, 2]), new Set(['1', 2])]],
  ['set null first', () => [new Set([null, {}, {}]), new Set([{}, {}, {}])]],
  ['set shared', () => [new Set([sharedObject, 1]), new Set([sharedObject, 1])]],
  ['set subset', () => [new Set([1, 2, 3]), new Set([1, 2])]],
  ['typed arrays', () => [new Uint8Array([1, 2]), new Uint8Array([1, 2])]],
  ['typed array kinds', () => [new Uint8Array([1, 2]), new Int8Array([1, 2])]],
  ['float -0', () => [new Float64Array([-0]), new Float64Array([0])]],
  ['float NaN', () => [new Float64Array([NaN]), new Float64Array([NaN])]],
  ['float32', () => [new Float32Array([1.5, 2]), new Float32Array([1.5, 2])]],
  ['buffer vs uint8array', () => [Buffer.from([1, 2]), new Uint8Array([1, 2])]],
  ['buffers', () => [Buffer.from('abc'), Buffer.from('abc')]],
  ['typed array props', () => [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)]],
  ['typed subarray', () => [new Uint8Array([9, 1, 2]).subarray(1), new Uint8Array([1, 2])]],
  ['partial bytes', () => [new Uint8Array([1, 2, 3, 4]), new Uint8Array([2, 4])]],
  ['array buffers', () => [new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer]],
  ['array buffer partial', () => [new Uint8Array([1, 2, 3]).buffer, new Uint8Array([1, 3]).buffer]],
  ['data views', () => [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))]],
  ['shared vs plain buffer', () => [new SharedArrayBuffer(1), new ArrayBuffer(1)]],
  ['weak maps', () => [new WeakMap(), new WeakMap()]],
  ['weak sets', () => [new WeakSet(), new WeakSet()]],
  ['promises', () => [Promise.resolve(1), Promise.resolve(1)]],
  ['functions', () => [function() {}, function() {}]],
  ['same function', () => [Math.max, Math.max]],
  ['objects with functions', () => [{ f: Math.max }, { f: Math.min }]],
  ['urls', () => [new URL('http://a/b'), new URL('http://a/b')]],
  ['urls differ', () => [new URL('http://a/b'), new URL('http://a/c')]],
  ['url-like objects', () => [{ href: 'x', protocol: 'y' }, { href: 'x', protocol: 'y', z: 1 }]],
  ['cycles', () => [cyclicObject(1), cyclicObject(1)]],
  ['cycles differ', () => [cyclicObject(1), cyclicObject(2)]],
  ['cyclic arrays', () => [cyclicArray(1), cyclicArray(1)]],
  ['mutual cycles', () => [mutualCycle(1), mutualCycle(1)]],
  ['mutual cycles differ', () => [mutualCycle(1), mutualCycle(2)]],
  ['boxed vs plain object', () => [new String(''), {}]],
  ['objects vs arrays', () => [{}, []]],
  ['partial subset object', () => [{ a: 1, b: 2, c: { d: 3, e: 4 } }, { c: { d: 3 } }]],
  ['partial subsequence', () => [[1, 2, 3, 4], [2, 4]]],
  ['partial out of order', () => [[1, 2, 3, 4], [4, 2]]],
  ['partial map', () => [new Map([[1, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2]])]],
  ['partial sparse', () => [sparse(6, [[1, 'a'], [4, 'b']]), sparse(3, [[2, 'b']])]],
  ['partial error', () => [new Error('x'), new Error('')]],
];

for (const [label, make] of edgeCases) {
  const [a, b] = make();
  comparePair(label, a, b);
}

// ---------------------------------------------------------------------------
// Generated pairs: a random value, and beside it a copy, a copy with one
// small change, or another random value.

const random = checker.seededRandom(0xA55E7);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const symbols = [Symbol('a'), Symbol('b'), Symbol.for('c')];
const sharedObjects = [{ shared: 1 }, [1, 2]];
const primitives = [
  0, -0, 1, -1, 1.5, NaN, Infinity, '', '0', '1', 'a', 'abc', true, false, null, undefined,
  0n, 1n, -1n, ...symbols,
];
const keyNames = ['a', 'b', 'c', '0', '1', 'constructor', 'message', 'name'];

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point2 {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

function randomPrimitive() {
  return pick(primitives);
}

function randomObject(depth) {
  const kind = Math.floor(random() * 22);
  const child = () => randomValue(depth + 1);
  const count = () => Math.floor(random() * 4);
  switch (kind) {
    case 0: case 1: case 2: {
      const obj = {};
      for (let i = count(); i > 0; i--) obj[pick(keyNames)] = child();
      if (chance(0.1)) obj[pick(symbols)] = child();
      return obj;
    }
    case 3: case 4: {
      const arr = [];
      for (let i = count(); i > 0; i--) arr.push(child());
      if (chance(0.15)) arr.length += 2; // trailing holes
      if (chance(0.1)) arr.extra = child();
      return arr;
    }
    case 5: {
      const map = new Map();
      for (let i = count(); i > 0; i--) map.set(chance(0.4) ? child() : randomPrimitive(), child());
      return map;
    }
    case 6: {
      const set = new Set();
      for (let i = Math.floor(random() * 5); i > 0; i--) set.add(chance(0.5) ? child() : randomPrimitive());
      return set;
    }
    case 7: return new Date(pick([0, 1, 1e12, NaN]));
    case 8: return regexpAt(pick(['a', 'b+', '']), pick([0, 0, 1]));
    case 9: return Object(pick([0, -0, 1, NaN, 'a', '', true, false, 1n, symbols[0]]));
    case 10: {
      const Ctor = pick([Uint8Array, Int8Array, Float64Array, Float32Array, Uint16Array, BigInt64Array]);
      const values = Array.from({ length: count() }, () => pick([0, 1, 2, -0, NaN, 255]));
      return Ctor === BigInt64Array ?
        new Ctor(values.map((v) => BigInt(Number.isNaN(v) ? 0 : Math.trunc(v)))) :
        new Ctor(values);
    }
    case 11: return Buffer.from(pick(['', 'a', 'ab', 'abc']));
    case 12: return new Uint8Array(Array.from({ length: count() }, () => pick([0, 1, 2]))).buffer;
    case 13: {
      const ErrorClass = pick([Error, TypeError, MyError]);
      const err = chance(0.3) ? new ErrorClass(pick(['', 'x', 'y']), { cause: child() }) :
        new ErrorClass(pick(['', 'x', 'y']));
      if (chance(0.2)) err.code = pick(['E1', 'E2']);
      return err;
    }
    case 14: return new (pick([Point, Point2]))(child(), child());
    case 15: {
      const obj = Object.create(null);
      obj[pick(keyNames)] = child();
      return obj;
    }
    case 16: return pick(sharedObjects);
    case 17: return argumentsOf(child(), child());
    case 18: {
      const obj = { v: child() };
      if (chance(0.5)) Object.defineProperty(obj, 'hidden', { value: child(), enumerable: false });
      return obj;
    }
    case 19: return new URL(pick(['http://a/', 'http://a/b', 'file:///x']));
    case 20: return new DataView(new Uint8Array([pick([0, 1]), 2]).buffer);
    default: return pick([function f() {}, Math.max, new WeakMap(), Promise.resolve(1)]);
  }
}

function randomValue(depth = 0) {
  if (depth > 3 || chance(0.35)) return randomPrimitive();
  return randomObject(depth);
}

// A structural copy (fresh objects, same primitives, same shared objects).
function copy(value, seen = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  if (sharedObjects.includes(value)) return value;
  if (seen.has(value)) return seen.get(value);
  let result;
  if (Array.isArray(value)) {
    result = new Array(value.length);
    seen.set(value, result);
    for (const key of Object.keys(value)) result[key] = copy(value[key], seen);
    return result;
  }
  if (value instanceof Map) {
    result = new Map();
    seen.set(value, result);
    for (const [k, v] of value) result.set(copy(k, seen), copy(v, seen));
    return result;
  }
  if (value instanceof Set) {
    result = new Set();
    seen.set(value, result);
    for (const v of value) result.add(copy(v, seen));
    return result;
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return regexpAt(value.source, value.lastIndex);
  if (Buffer.isBuffer(value)) return Buffer.from(value);
  if (ArrayBuffer.isView(value)) {
    if (value instanceof DataView) return new DataView(value.buffer.slice(0));
    return new value.constructor(value);
  }
  if (value instanceof ArrayBuffer) return value.slice(0);
  if (value instanceof URL) return new URL(value.href);
  if (value instanceof Error) {
    const err = 'cause' in value ? new value.constructor(value.message, { cause: copy(value.cause, seen) }) :
      new value.constructor(value.message);
    for (const key of Object.keys(value)) err[key] = copy(value[key], seen);
    return err;
  }
  if (util.types.isBoxedPrimitive(value)) return Object(value.valueOf());
  if (util.types.isArgumentsObject(value)) return argumentsOf(...Array.from(value, (v) => copy(v, seen)));
  if (util.types.isWeakMap(value) || util.types.isWeakSet(value) || util.types.isPromise(value) ||
      value instanceof URL) {
    return value;
  }
  result = Object.create(Object.getPrototypeOf(value));
  seen.set(value, result);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if ('value' in descriptor) descriptor.value = copy(descriptor.value, seen);
    Object.defineProperty(result, key, descriptor);
  }
  return result;
}

// A copy with one change somewhere, or with a cycle added.
function mutate(value) {
  const result = copy(value);
  const containers = [];
  (function walk(node, depth) {
    if (node === null || typeof node !== 'object' || depth > 4 || sharedObjects.includes(node)) return;
    if (Array.isArray(node) || Object.getPrototypeOf(node) === Object.prototype ||
        Object.getPrototypeOf(node) === null || node instanceof Map || node instanceof Set) {
      containers.push(node);
    }
    const children = node instanceof Map ? [...node.keys(), ...node.values()] :
      node instanceof Set ? [...node] : Object.values(node);
    for (const child of children) walk(child, depth + 1);
  })(result, 0);
  if (containers.length === 0) return chance(0.5) ? randomValue() : result;
  const target = pick(containers);
  const change = Math.floor(random() * 6);
  if (target instanceof Map) {
    if (change < 2) target.set(randomPrimitive(), randomValue(2));
    else if (change < 4 && target.size > 0) target.delete(pick([...target.keys()]));
    else target.set(pick([...target.keys(), 'k']), randomValue(3));
  } else if (target instanceof Set) {
    if (change < 3) target.add(randomValue(2));
    else if (target.size > 0) target.delete(pick([...target]));
  } else if (change === 0) {
    target.self = result; // a cycle
  } else if (change === 1 && Array.isArray(target)) {
    target.reverse();
  } else if (change === 2) {
    const keys = Object.keys(target);
    if (keys.length > 0) delete target[pick(keys)];
    else target[pick(keyNames)] = randomPrimitive();
  } else if (change === 3) {
    Object.setPrototypeOf(target, chance(0.5) ? null : Point.prototype);
  } else {
    const keys = Object.keys(target);
    const key = keys.length > 0 ? pick(keys) : pick(keyNames);
    // An array's length takes only lengths.
    target[key] = Array.isArray(target) && key === 'length' ? target.length + 1 : randomValue(2);
  }
  return result;
}

// Cycles in both values, so that Node's bookkeeping (and ours) is exercised.
function withCycles(a, b) {
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object' &&
      !Object.isFrozen(a) && !Object.isFrozen(b) && !sharedObjects.includes(a) && !sharedObjects.includes(b)) {
    const key = pick(['loop', 'a']);
    try {
      a[key] = a;
      b[key] = chance(0.8) ? b : a;
    } catch {
      // Values that refuse new properties (module namespaces) stay as they are.
    }
  }
  return [a, b];
}

const kPairs = 4000;
for (let i = 0; i < kPairs; i++) {
  const a = randomValue();
  const how = Math.floor(random() * 10);
  let b;
  if (how < 3) b = copy(a);
  else if (how < 8) b = mutate(a);
  else b = randomValue();
  const [x, y] = how === 9 ? withCycles(a, b) : [a, b];
  comparePair(`pair ${i}`, x, y);
}

tally.finish();
