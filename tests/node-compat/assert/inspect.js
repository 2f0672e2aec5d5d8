// console.log of an AssertionError: its own properties, with long strings cut and values one level deep.
'use strict';

const assert = require('assert');
const util = require('util');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    err.stack = err.stack === undefined ? 'no stack' : 'STACK';
    return err;
  }
  return undefined;
}

console.log(caught(() => assert.strictEqual('x'.repeat(3), 'y')));
console.log(util.inspect(caught(() => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })), { depth: 5 }));
const long = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
console.log(caught(() => assert.strictEqual(long, 'z')));
console.log(caught(() => assert.strictEqual('w'.repeat(600), 'z')));
console.log([caught(() => assert.ok(false, 'in an array'))]);
const err = caught(() => assert.equal(1, 2));
console.log(err.actual, err.expected, util.inspect(err, { customInspect: false }).includes('generatedMessage'));
