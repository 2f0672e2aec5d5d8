// With FORCE_COLOR set, assertion diffs are colored: a character diff for strings, colored +/- lines otherwise.
'use strict';

const assert = require('assert');

function message(fn) {
  try {
    fn();
    return '(passed)';
  } catch (err) {
    return JSON.stringify(err.message);
  }
}

process.env.FORCE_COLOR = '1';
console.log(message(() => assert.strictEqual('hello world', 'hello there')));
console.log(message(() => assert.strictEqual(1234567890, 1234567891)));
console.log(message(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })));
console.log(message(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 })));
console.log(message(() => assert.notDeepStrictEqual(Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i))));
console.log(message(() => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i)))));
process.env.FORCE_COLOR = '0';
console.log(message(() => assert.strictEqual('hello world', 'hello there')));
