// Every assert function passing and failing: the error's class, code, operator and generatedMessage.
'use strict';

const assert = require('assert');

function run(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (err) {
    console.log(`${label}: ${err.constructor.name} ${err.name} ${err.code} op=${err.operator} ` +
      `generated=${err.generatedMessage} actual=${typeof err.actual} expected=${typeof err.expected}`);
  }
}

const cases = [
  ['ok(true)', () => assert.ok(true)],
  ['ok(1)', () => assert.ok(1)],
  ['ok(0)', () => assert.ok(0)],
  ['ok("")', () => assert.ok('')],
  ['ok() no args', () => assert.ok()],
  ['assert(null)', () => assert(null)],
  ['ok(false, "msg")', () => assert.ok(false, 'msg')],
  ['ok(false, error)', () => assert.ok(false, new TypeError('own'))],
  ['equal(1, "1")', () => assert.equal(1, '1')],
  ['equal(NaN, NaN)', () => assert.equal(NaN, NaN)],
  ['equal(null, undefined)', () => assert.equal(null, undefined)],
  ['equal(1, 2)', () => assert.equal(1, 2)],
  ['equal() one arg', () => assert.equal(1)],
  ['notEqual(1, 2)', () => assert.notEqual(1, 2)],
  ['notEqual(1, "1")', () => assert.notEqual(1, '1')],
  ['notEqual(NaN, NaN)', () => assert.notEqual(NaN, NaN)],
  ['strictEqual(1, 1)', () => assert.strictEqual(1, 1)],
  ['strictEqual(NaN, NaN)', () => assert.strictEqual(NaN, NaN)],
  ['strictEqual(0, -0)', () => assert.strictEqual(0, -0)],
  ['strictEqual(1, "1")', () => assert.strictEqual(1, '1')],
  ['strictEqual({}, {})', () => assert.strictEqual({}, {})],
  ['notStrictEqual(1, 2)', () => assert.notStrictEqual(1, 2)],
  ['notStrictEqual(1, 1)', () => assert.notStrictEqual(1, 1)],
  ['deepEqual({a:1}, {a:"1"})', () => assert.deepEqual({ a: 1 }, { a: '1' })],
  ['deepEqual([1], [2])', () => assert.deepEqual([1], [2])],
  ['notDeepEqual([1], [2])', () => assert.notDeepEqual([1], [2])],
  ['notDeepEqual({a:1}, {a:"1"})', () => assert.notDeepEqual({ a: 1 }, { a: '1' })],
  ['deepStrictEqual({a:1}, {a:1})', () => assert.deepStrictEqual({ a: 1 }, { a: 1 })],
  ['deepStrictEqual({a:1}, {a:"1"})', () => assert.deepStrictEqual({ a: 1 }, { a: '1' })],
  ['notDeepStrictEqual({a:1}, {a:"1"})', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' })],
  ['notDeepStrictEqual([1], [1])', () => assert.notDeepStrictEqual([1], [1])],
  ['partialDeepStrictEqual subset', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 1 })],
  ['partialDeepStrictEqual not subset', () => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 })],
  ['partialDeepStrictEqual() one arg', () => assert.partialDeepStrictEqual({})],
  ['throws', () => assert.throws(() => { throw new Error('x'); })],
  ['throws nothing', () => assert.throws(() => {})],
  ['throws not a function', () => assert.throws('nope')],
  ['doesNotThrow', () => assert.doesNotThrow(() => {})],
  ['doesNotThrow throwing', () => assert.doesNotThrow(() => { throw new Error('x'); })],
  ['match', () => assert.match('abc', /b/)],
  ['match fails', () => assert.match('abc', /x/)],
  ['match non-string', () => assert.match(123, /1/)],
  ['match non-regexp', () => assert.match('abc', 'b')],
  ['doesNotMatch', () => assert.doesNotMatch('abc', /x/)],
  ['doesNotMatch fails', () => assert.doesNotMatch('abc', /b/)],
  ['ifError(null)', () => assert.ifError(null)],
  ['ifError(undefined)', () => assert.ifError(undefined)],
  ['ifError(0)', () => assert.ifError(0)],
  ['ifError(error)', () => assert.ifError(new Error('e'))],
  ['fail()', () => assert.fail()],
  ['fail("msg")', () => assert.fail('msg')],
  ['fail(error)', () => assert.fail(new RangeError('r'))],
  ['strict.equal(1, "1")', () => assert.strict.equal(1, '1')],
  ['strict.deepEqual({a:1}, {a:"1"})', () => assert.strict.deepEqual({ a: 1 }, { a: '1' })],
  ['strict.notEqual(1, "1")', () => assert.strict.notEqual(1, '1')],
  ['strict(false)', () => assert.strict(false)],
];

for (const [label, fn] of cases) run(label, fn);

console.log(Object.keys(assert).join(' '));
console.log(Object.keys(assert.strict).join(' '));
console.log(assert.ok === assert, assert.strict.ok === assert, assert.strict.strict === assert.strict,
            assert.name, assert.strict.name, assert.strict.Assert === assert.Assert);
console.log(assert.equal === assert.Assert.prototype.equal, assert.strict.equal === assert.strictEqual);
console.log(require('assert/strict') === assert.strict, require('node:assert') === assert);
for (const name of ['throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'fail', 'ok']) {
  console.log(name, assert[name].name, assert[name].length);
}
