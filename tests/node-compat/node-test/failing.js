// node:test: a failing test and a failing subtest make the exit code 1 and the counts say so.
const log = require('./fixtures/capture.cjs');
const { test } = require('node:test');
test('passes', () => {});
test('throws', () => {
  throw new Error('boom');
});
test('parent', async (t) => {
  await t.test('bad child', () => {
    throw new Error('child boom');
  });
});
test('plan mismatch', (t) => {
  t.plan(3);
  t.assert.ok(true);
});
