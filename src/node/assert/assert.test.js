// Compares src/node/assert (assert.js, assertion_error.js, myers_diff.js) with
// Node's own `assert`: for thousands of generated value pairs, every
// comparing assert function must pass or fail alike, and a failure must carry
// the same message (with its diff), operator, generatedMessage and code.
// Run with `node src/node/assert/assert.test.js`; the harness is
// src/node/checker.js. Messages quoting the source (assert.ok without a
// message) need the runtime and are checked by tests/node-compat/assert.
'use strict';

const checker = require('../checker.js');

const nodeAssert = require('assert');
const mine = checker.requireBuiltin('assert');

const tally = checker.createTally({ maxReported: 30 });

const methods = [
  'strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'deepEqual', 'notDeepEqual',
  'equal', 'notEqual', 'partialDeepStrictEqual',
];

function outcome(fn) {
  try {
    fn();
    return 'passed';
  } catch (err) {
    return JSON.stringify({
      name: err.name, code: err.code, operator: err.operator, generated: err.generatedMessage, message: err.message,
    }, null, 1);
  }
}

function compare(label, run) {
  const expected = outcome(() => run(nodeAssert));
  const actual = outcome(() => run(mine));
  tally.record(label, actual === expected, () => `  expected: ${expected}\n  actual:   ${actual}`);
}

// ---------------------------------------------------------------------------
// Fixed cases: other functions and argument forms.

class MyError extends Error {
  constructor(message) {
    super(message);
    this.code = 'E_MINE';
  }
}
const throwMine = () => {
  throw new MyError('mine');
};
const fixed = {
  'throws class': (a) => a.throws(throwMine, TypeError),
  'throws object': (a) => a.throws(throwMine, { code: 'E_OTHER', message: /mi/ }),
  'throws object message': (a) => a.throws(throwMine, { code: 'E_OTHER' }, 'custom'),
  'throws regexp': (a) => a.throws(throwMine, /nope/),
  'throws validator': (a) => a.throws(throwMine, function validate() {
    return 'no';
  }),
  'throws nothing': (a) => a.throws(() => {}, MyError, 'needed'),
  'throws string': (a) => a.throws(throwMine, 'mine'),
  'doesNotThrow': (a) => a.doesNotThrow(throwMine, /mine/, 'text'),
  'match': (a) => a.match('some text', /other/),
  'doesNotMatch': (a) => a.doesNotMatch('some text', /text/),
  'match non-string': (a) => a.match({ a: 1 }, /x/),
  'ifError': (a) => a.ifError(new TypeError('oops')),
  'ifError string': (a) => a.ifError('oops'),
  'fail': (a) => a.fail(),
  'fail message': (a) => a.fail('boom'),
  'ok message': (a) => a.ok(0, 'zero'),
  'ok no args': (a) => a.ok(),
  'AssertionError': (a) => {
    throw new a.AssertionError({ actual: [1, 2], expected: [1, 3], operator: 'deepStrictEqual' });
  },
  'AssertionError bad': (a) => new a.AssertionError('x'),
  'Assert full diff': (a) => new a.Assert({ diff: 'full' }).deepStrictEqual(
    Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => (i === 40 ? -1 : i))),
  'Assert loose': (a) => new a.Assert({ strict: false }).equal(1, 2),
  'missing args': (a) => a.strictEqual(1),
};
for (const [label, run] of Object.entries(fixed)) compare(label, run);

// ---------------------------------------------------------------------------
// Generated pairs: a value and a near copy of it, or another value.

const random = checker.seededRandom(0xA55E27);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const words = ['a', 'b', 'key', 'value', 'longer key name', 'x'.repeat(30), 'multi\nline\ntext', 'é', ''];

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

function randomPrimitive() {
  return pick([0, -0, 1, -1, 1.5, NaN, Infinity, 123456789, 2n, true, false, null, undefined, ...words,
    'a long string that is definitely more than twelve characters', Symbol.for('sym')]);
}

function randomValue(depth = 0) {
  if (depth > 3 || chance(0.3)) return randomPrimitive();
  const size = Math.floor(random() * (chance(0.15) ? 40 : 5));
  switch (Math.floor(random() * 10)) {
    case 0: case 1: case 2: {
      const obj = {};
      for (let i = 0; i < size; i++) obj[chance(0.8) ? pick(words) : `k${i}`] = randomValue(depth + 1);
      return obj;
    }
    case 3: case 4:
      return Array.from({ length: size }, () => randomValue(depth + 1));
    case 5:
      return new Map(Array.from({ length: Math.min(size, 6) }, () => [randomPrimitive(), randomValue(depth + 1)]));
    case 6:
      return new Set(Array.from({ length: Math.min(size, 6) }, () => randomValue(depth + 1)));
    case 7:
      return new Point(randomValue(depth + 1), randomPrimitive());
    case 8:
      return pick([new Date(0), /re/g, new Uint8Array([1, 2, 3]), Buffer.from('buf'), new Number(3),
        new String('boxed'), Object.create(null), new Error('err'), [1, , 3], function named() {}]); // eslint-disable-line no-sparse-arrays
    default:
      return Array.from({ length: size * 3 }, (_, i) => (chance(0.5) ? i : `line ${i}`));
  }
}

function copy(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Map) return new Map(Array.from(value, ([k, v]) => [k, copy(v)]));
  if (value instanceof Set) return new Set(Array.from(value, copy));
  if (value instanceof Point) return new Point(copy(value.x), value.y);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

// A copy with one change: a leaf replaced, a key added or removed, an
// element appended.
function mutate(value) {
  const result = copy(value);
  const containers = [];
  (function walk(node, depth) {
    if (node === null || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node) || Object.getPrototypeOf(node) === Object.prototype) {
      containers.push(node);
      for (const child of Object.values(node)) walk(child, depth + 1);
    }
  })(result, 0);
  if (containers.length === 0) return randomValue();
  const target = pick(containers);
  const keys = Object.keys(target);
  const change = Math.floor(random() * 3);
  if (change === 0 && keys.length > 0) {
    target[pick(keys)] = randomValue(3);
  } else if (change === 1 && keys.length > 0 && !Array.isArray(target)) {
    delete target[pick(keys)];
  } else if (Array.isArray(target)) {
    target.push(randomPrimitive());
  } else {
    target[pick(words)] = randomPrimitive();
  }
  return result;
}

const kPairs = 1500;
for (let i = 0; i < kPairs; i++) {
  const a = randomValue();
  const how = random();
  const b = how < 0.2 ? copy(a) : how < 0.8 ? mutate(a) : randomValue();
  for (const method of methods) {
    compare(`pair ${i} ${method}`, (assert) => assert[method](a, b));
  }
  if (chance(0.1)) compare(`pair ${i} with message`, (assert) => assert.deepStrictEqual(a, b, 'given message'));
}

tally.finish();
