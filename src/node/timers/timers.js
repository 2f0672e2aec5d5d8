'use strict';
// The `timers` module and the timer globals.

const {
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll,
  clearImmediate,
  getTimerById,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timeout = getTimerById(timer);
    if (timeout !== undefined) {
      timeout._onTimeout = null;
      unenroll(timeout);
    }
  }
}

function clearInterval(timer) {
  // Node lets either clear function clear either kind of timer.
  clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
  active,
  unrefActive,
  unenroll,
  enroll(item, msecs) {
    item._idleTimeout = msecs;
  },
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
