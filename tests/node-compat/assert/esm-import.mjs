// assert and assert/strict as ES modules: default and named exports.
import assert, { strictEqual, AssertionError } from 'node:assert';
import strict, { equal as strictEqualAlias } from 'node:assert/strict';
import * as namespace from 'assert';

console.log(assert === strict.ok, strict === assert.strict, strictEqualAlias === assert.strictEqual);
console.log(strictEqual === assert.strictEqual, AssertionError === assert.AssertionError);
console.log(Object.keys(namespace).sort().join(','));
try {
  strict.equal(1, '1');
} catch (err) {
  console.log(err.message);
}
try {
  assert.ok(0 > 1);
} catch (err) {
  console.log(err.message);
}
