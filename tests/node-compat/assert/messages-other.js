// The messages of deepEqual, notDeepEqual, notDeepStrictEqual, equal, notEqual, fail, ifError and match failures.
'use strict';

const assert = require('assert');

function message(fn) {
  try {
    fn();
    return '(passed)';
  } catch (err) {
    return `${err.message}\n[generated=${err.generatedMessage} operator=${err.operator}]`;
  }
}

const big = Array.from({ length: 80 }, (_, i) => ({ index: i }));
const bigObject = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`key${i}`, 'v'.repeat(30)]));

const lines = [
  message(() => assert.deepEqual({ a: 1 }, { a: 2 })),
  message(() => assert.deepEqual([1, 2, 3], [1, 2, 4])),
  message(() => assert.deepEqual(1, 2)),
  message(() => assert.deepEqual('a', 'b')),
  message(() => assert.deepEqual(bigObject, {})),
  message(() => assert.deepEqual(new Set([1]), new Set([2]))),
  message(() => assert.notDeepEqual({ a: 1 }, { a: '1' })),
  message(() => assert.notDeepEqual({ a: 1 }, { a: 1 })),
  message(() => assert.notDeepEqual(1, '1')),
  message(() => assert.notDeepEqual(big, big)),
  message(() => assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] })),
  message(() => assert.notDeepStrictEqual('abc', 'abc')),
  message(() => assert.notDeepStrictEqual(12345, 12345)),
  message(() => assert.notDeepStrictEqual(big, big)),
  message(() => assert.notStrictEqual(big, big)),
  message(() => assert.equal(1, 2)),
  message(() => assert.equal('a', 'b')),
  message(() => assert.equal({ a: 1 }, { a: 1 })),
  message(() => assert.equal('x'.repeat(600), 'y')),
  message(() => assert.notEqual(1, '1')),
  message(() => assert.notEqual(null, undefined)),
  message(() => assert.equal(1, 2, 'own message')),
  message(() => assert.fail()),
  message(() => assert.fail('boom')),
  message(() => assert.fail(undefined)),
  message(() => assert.fail(1, 2)),
  message(() => assert.fail(1, 2, undefined, '>')),
  message(() => assert.fail(1, 2, 'fail message')),
  message(() => assert.fail({ a: 1 }, [1], undefined, 'op')),
  message(() => assert.ifError('string error')),
  message(() => assert.ifError(42)),
  message(() => assert.ifError(new TypeError('bad type'))),
  message(() => assert.ifError(new Error(''))),
  message(() => assert.ifError({ message: 'object with message' })),
  message(() => assert.ifError(false)),
  message(() => assert.match('abc', /x/)),
  message(() => assert.match('line1\nline2', /x/g)),
  message(() => assert.match(42, /4/)),
  message(() => assert.match(undefined, /4/)),
  message(() => assert.doesNotMatch('abc', /b/)),
  message(() => assert.doesNotMatch(['abc'], /b/)),
  message(() => assert.match('abc', /x/, 'own match message')),
  message(() => assert.ok(false, 'ok message')),
  message(() => assert.ok()),
];
console.log(lines.join('\n--\n'));

try {
  assert.match('abc', /x/, new RangeError('thrown as is'));
} catch (err) {
  console.log(err.name, err.message);
}
try {
  assert.match('abc', 'x');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  assert.notEqual(1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
