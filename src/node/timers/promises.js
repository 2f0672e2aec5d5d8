'use strict';
// `timers/promises`: timers that settle promises, with AbortSignal support.

const { Timeout, Immediate, insert, unenroll, clearImmediate } = require('internal/timers');
const { AbortError, codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { validateObject, validateBoolean, validateAbortSignal, validateNumber } = require('internal/validators');

function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function setTimeout(after, value, options = {}) {
  let signal;
  let ref;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    ({ signal, ref } = readOptions(options));
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      const onAbort = () => {
        unenroll(timeout);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      timeout._onTimeout = (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      };
    }
  });
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      const onAbort = () => {
        clearImmediate(immediate);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      immediate._onImmediate = (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      };
    }
  });
}

async function* setInterval(after, value, options = {}) {
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = new Timeout(() => {
    pending++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout);
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake !== null) {
      wake();
      wake = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0) await new Promise((resolve) => (wake = resolve));
      if (aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    unenroll(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

// Node's Scheduler: one instance, made here; `new` from outside is refused.
const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { __proto__: null, value: true, writable: true, enumerable: true, configurable: true },
});

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
