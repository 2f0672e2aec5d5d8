// assert.ok and assert() without a message quote the failing call from the source.
'use strict';

const assert = require('assert');
const { strict } = assert;

function message(fn) {
  try {
    fn();
    return '(passed)';
  } catch (err) {
    return err.message;
  }
}

const zero = 0;
const values = { empty: '' };
console.log(message(() => assert.ok(zero)));
console.log(message(() => assert(zero === 1)));
console.log(message(() => assert.ok(values.empty, undefined)));
console.log(message(() => assert.ok(typeof zero === 'string')));
console.log(message(() => assert['ok'](null)));
console.log(message(() => strict(false)));
console.log(message(() => assert.strict.ok(NaN)));
console.log(message(() => { assert.ok(true); assert.ok(zero); }));
console.log(message(() => assert.ok(Math.max(zero, -1) > 0)));
console.log(message(() => assert.ok('(not a paren)' === ')')));
console.log(message(() => assert.ok(`template ${zero}` === 'x')));
console.log(message(() => assert.ok([1, 2].includes(3))));
console.log(message(() => assert.ok(
  zero,
)));
console.log(message(() => assert.ok(zero,
  null)));
console.log(message(() => assert.ok(zero
)));
console.log(message(() => assert.ok('\u0001control')));
console.log(message(() => assert.ok(zero, null)));
const check = assert.ok;
console.log(message(() => check(zero)));
console.log(message(() => assert.ok(/* comment */ zero)));
console.log(message(() => assert.ok(zero /* trailing ) */)));
