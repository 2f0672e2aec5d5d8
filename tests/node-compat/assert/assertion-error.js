// new assert.AssertionError(options): its message, properties, name, code and toString.
'use strict';

const assert = require('assert');
const util = require('util');

function describe(err) {
  console.log(err instanceof Error, err instanceof assert.AssertionError, err.name, err.code);
  console.log(JSON.stringify(err.message));
  console.log(err.generatedMessage, err.operator, util.inspect(err.actual), util.inspect(err.expected), err.diff);
  console.log(Object.keys(err).join(','), String(err).split('\n')[0]);
}

describe(new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }));
describe(new assert.AssertionError({ actual: { a: 1 }, expected: { a: 2 }, operator: 'deepStrictEqual' }));
describe(new assert.AssertionError({ actual: 1, expected: 2, operator: 'customOp' }));
describe(new assert.AssertionError({ actual: 1, expected: 2, message: 'given' }));
describe(new assert.AssertionError({ message: 'only a message' }));
describe(new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepEqual', diff: 'full' }));
describe(new assert.AssertionError({}));
const withErrors = new assert.AssertionError({ actual: new Error('a'), expected: new Error('b'), operator: 'deepStrictEqual' });
console.log(withErrors.message);
console.log(withErrors.actual.message, withErrors.actual instanceof Error);
for (const bad of [undefined, null, 'text', 1]) {
  try {
    new assert.AssertionError(bad); // eslint-disable-line no-new
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(assert.AssertionError.name, assert.AssertionError.length, Object.getPrototypeOf(assert.AssertionError) === Error);
console.log(Object.getOwnPropertyDescriptor(new assert.AssertionError({}), 'name'));
try {
  assert.strictEqual('a'.repeat(20), 'b');
} catch (err) {
  console.log(err.toString());
  console.log(typeof err.stack);
}
