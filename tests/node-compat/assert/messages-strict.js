// The messages of failed strictEqual/notStrictEqual for values of many shapes, printed as error.message.
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

const pairs = [
  [1, 2],
  [0, -0],
  [-0, 0],
  [0, 0.5],
  [1, '1'],
  [true, false],
  [null, undefined],
  [NaN, 0],
  [10n, 11n],
  [Symbol('a'), Symbol('a')],
  ['a', 'b'],
  ['', ' '],
  ['hello world', 'hello there'],
  ['abc', 'abd'],
  ['short', 'a much longer string that goes on'],
  ['x'.repeat(50), `${'x'.repeat(49)}y`],
  ['a'.repeat(90), 'b'.repeat(90)],
  ['line one\nline two\nline three', 'line one\nline 2\nline three'],
  ['multi\nline', 'single'],
  [123456789, 123456780],
  [12345678901234, 1],
  [[1, 2], [1, 2]],
  [{ a: 1 }, { a: 1 }],
  [{ a: 1 }, { a: 2 }],
  [[1, 2, 3], 'string'],
  [function foo() {}, function foo() {}],
  [function foo() {}, function bar() {}],
  [() => {}, 1],
  [new Date(0), new Date(0)],
  [/a/g, /a/g],
  [Buffer.from('ab'), Buffer.from('ab')],
  [new Map([[1, 2]]), new Map([[1, 2]])],
  [new Set([1]), new Set([2])],
  [new Error('e1'), new Error('e2')],
  [Object.create(null), {}],
  ['\u001b[31mred\u001b[39m', 'red'],
  ['tab\there', 'tab here'],
  [1.5, 1.25],
  [Infinity, -Infinity],
  [[undefined], [null]],
];

for (const [actual, expected] of pairs) {
  console.log(message(() => assert.strictEqual(actual, expected)));
  console.log('--');
}
console.log(message(() => assert.strictEqual(1, 2, 'custom message')));
console.log(message(() => assert.strictEqual({ a: 1 }, { a: 2 }, 'custom with diff')));
console.log(message(() => assert.strictEqual('a', 'b', '')));
console.log(message(() => assert.strictEqual(1, 2, 0)));

const same = [1, 'x', 'a longer string value', [1, 2], { a: 1, b: { c: [1, 2, 3] } }, null, undefined, NaN,
  Symbol('s'), () => {}, Math.max, new Error('err'), Array.from({ length: 60 }, (_, i) => i)];
for (const value of same) {
  console.log(message(() => assert.notStrictEqual(value, value)));
  console.log('--');
}
console.log(message(() => assert.notStrictEqual(1, 1, 'custom')));
