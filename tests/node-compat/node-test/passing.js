// node:test: order of tests, suites, hooks and subtests; skip, todo, callbacks, plan and the spec report.
const log = require('./fixtures/capture.cjs');
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
before(() => log('root before'));
after(() => log('root after'));
test('sync', () => log('sync body'));
test('async', async () => {
  await null;
  log('async body');
});
test('callback', (t, done) => setTimeout(() => {
  log('callback body');
  done();
}, 1));
describe('outer', () => {
  before(() => log('outer before'));
  beforeEach((t) => log(`outer beforeEach ${t.name}`));
  afterEach((t) => log(`outer afterEach ${t.name}`));
  after(() => log('outer after'));
  it('first', () => log('first body'));
  describe('inner', () => {
    beforeEach(() => log('inner beforeEach'));
    it('deep', (t) => log(`deep ${t.fullName}`));
  });
  it('skipped', { skip: 'not today' }, () => log('never'));
  it.todo('later');
});
test('subtests', async (t) => {
  await t.test('one', () => log('sub one'));
  await t.test('two', async () => log('sub two'));
});
test('plan', (t) => {
  t.plan(2);
  t.assert.strictEqual(1, 1);
  t.assert.ok(true);
});
test.skip('skipped at top');
test('context skip', (t) => {
  t.skip('decided inside');
  log('still runs after t.skip');
});
test(function named() {
  log('named function as test');
});
log('module end');
