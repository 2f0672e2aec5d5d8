// node:test mocks: mock.fn call records and implementations, mock.method and restore.
const log = require('./fixtures/capture.cjs');
const { test, mock } = require('node:test');
test('mock.fn', () => {
  const sum = mock.fn((a, b) => a + b);
  log(sum(1, 2), sum.call('self', 3, 4), sum.mock.callCount());
  const [first, second] = sum.mock.calls;
  log(JSON.stringify(first.arguments), first.result, first.error, second.this);
  sum.mock.mockImplementation((a, b) => a * b);
  sum.mock.mockImplementationOnce(() => 'once');
  log(sum(2, 5), sum(2, 5), sum.mock.callCount());
  sum.mock.resetCalls();
  log(sum.mock.callCount(), sum.name, sum.length);
  const thrower = mock.fn(() => {
    throw new Error('nope');
  });
  try {
    thrower();
  } catch (error) {
    log('threw', thrower.mock.calls[0].error === error, thrower.mock.calls[0].result);
  }
  const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
  log(limited(), limited(), limited());
});
test('mock.method', (t) => {
  const object = { value: 2, double(x) { return x * this.value; } };
  const spy = t.mock.method(object, 'double');
  log(object.double(5), spy.mock.callCount(), spy.mock.calls[0].this === object);
  t.mock.method(object, 'double', () => 'replaced');
  log(object.double(5));
  t.mock.restoreAll();
  log(object.double(5), Object.keys(object).join());
  const getter = { get answer() { return 1; } };
  t.mock.getter(getter, 'answer', () => 42);
  log(getter.answer);
});
test('restored after the test', () => {
  log(typeof mock.fn().mock.calls);
});
