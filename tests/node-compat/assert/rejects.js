// assert.rejects and doesNotReject with promises, async functions, classes, objects and their failures.
'use strict';

const assert = require('assert');

async function run(label, fn) {
  try {
    await fn();
    console.log(`${label}: passed`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} op=${err.operator} generated=${err.generatedMessage}`);
    console.log(err.message);
  }
  console.log('--');
}

(async () => {
  await run('rejects promise', () => assert.rejects(Promise.reject(new Error('no'))));
  await run('rejects async fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await run('rejects wrong class', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await run('rejects object', () => assert.rejects(Promise.reject(new Error('msg')), { message: 'msg' }));
  await run('rejects object mismatch', () => assert.rejects(Promise.reject(new Error('msg')), { message: 'other' }));
  await run('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await run('rejects resolved with message', () => assert.rejects(Promise.resolve(1), 'expected rejection'));
  await run('rejects resolved with class', () => assert.rejects(async () => 1, TypeError));
  await run('rejects non-promise return', () => assert.rejects(() => 1));
  await run('rejects bad argument', () => assert.rejects(1));
  await run('rejects sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await run('rejects thenable', () => assert.rejects({ then(_, reject) { reject(new Error('t')); }, catch() {} }));
  await run('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(2)));
  await run('doesNotReject rejected', () => assert.doesNotReject(Promise.reject(new Error('bad'))));
  await run('doesNotReject rejected, message', () => assert.doesNotReject(async () => { throw new Error('bad'); }, 'must not'));
  await run('doesNotReject other class', () => assert.doesNotReject(Promise.reject(new TypeError('bad')), RangeError));
  await run('doesNotReject non-promise', () => assert.doesNotReject(() => 'x'));
  const result = assert.rejects(Promise.reject(new Error('x')));
  console.log(result instanceof Promise, await result);
})();
