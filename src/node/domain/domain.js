'use strict';
// `domain` (deprecated in the documentation only, DEP0032: no runtime
// warning), as Node 24 builds it on async_hooks: a callback scheduled inside
// a domain (timer, immediate, nextTick, queueMicrotask, AsyncResource) runs
// inside it again; EventEmitters made inside a domain belong to it and emit
// inside it, their unhandled 'error' goes to it; an uncaught exception
// thrown inside a domain with an 'error' listener goes to that listener
// (through process.setUncaughtExceptionCaptureCallback, which domains then
// own). process.domain and domain.active name the innermost domain entered.
//
// Results the loop delivers later (fs, crypto) run in the domain they were
// asked from, as Node's MakeCallback does.
// NODE-DIFF: http events are not brought back to a domain (Node enters the
// domain of the socket's resource); promise reactions are not, here or in
// Node 24 (no PROMISE resources by default).

const EventEmitter = require('events');
const { createHook } = require('async_hooks');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');

// The domains entered, innermost last.
let stack = [];
exports._stack = stack;

// The domain each async resource was created in, by async id.
const pairing = new Map();

function defineDomain(target, domain) {
  Object.defineProperty(target, 'domain', { __proto__: null, configurable: true, enumerable: false, value: domain, writable: true });
}

const asyncHook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    if (process.domain === null || process.domain === undefined) return;
    pairing.set(asyncId, process.domain);
    defineDomain(resource, process.domain);
  },
  before(asyncId) {
    pairing.get(asyncId)?.enter();
  },
  after(asyncId) {
    pairing.get(asyncId)?.exit();
  },
  destroy(asyncId) {
    pairing.delete(asyncId);
  },
});

// A result the loop delivers later (fs, crypto, ...) runs inside the domain
// it was asked from, as Node's MakeCallback enters a resource's domain
// (without try/finally: a throw leaves the domain for _errorHandler).
internalBinding('loop').wrapCompletion = (callback) => {
  const domain = process.domain;
  if (domain === null || domain === undefined) return callback;
  return function runInDomain() {
    domain.enter();
    const result = callback();
    domain.exit();
    return result;
  };
};

// Domains take uncaught exceptions through the capture callback; someone
// else holding it rules them out, and they rule out anyone else taking it.
if (process.hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
const domainRequireStack = new Error('require(`domain`) at this point').stack;
const setCapture = process.setUncaughtExceptionCaptureCallback;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) { // eslint-disable-line no-unused-vars
  const error = new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  error.stack += `\n${'-'.repeat(40)}\n${domainRequireStack}`;
  throw error;
};

// Uncaught exceptions are captured while a domain on the stack listens
// for 'error'.
function updateExceptionCapture() {
  setCapture(null);
  if (stack.some((domain) => domain.listenerCount('error') > 0)) {
    setCapture((error) => process.domain._errorHandler(error));
  }
}

// The first 'uncaughtException' listener clears the domain stack.
function domainUncaughtExceptionClear() {
  stack.length = 0;
  exports.active = process.domain = null;
  updateExceptionCapture();
}

process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    process.removeListener(name, domainUncaughtExceptionClear);
    process.prependListener(name, domainUncaughtExceptionClear);
  }
});

process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    const listeners = process.listeners('uncaughtException');
    if (listeners.length === 1 && listeners[0] === domainUncaughtExceptionClear) {
      process.removeListener(name, domainUncaughtExceptionClear);
    }
  }
});

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    asyncHook.enable();
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }
}

exports.Domain = Domain;
exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};
exports.active = null;
Domain.prototype.members = undefined;

// An uncaught exception thrown inside this domain.
Domain.prototype._errorHandler = function (error) {
  let caught = false;
  if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
    defineDomain(error, this);
    error.domainThrown = true;
  }
  // The handler runs outside this domain (and its duplicates on the stack).
  while (exports.active === this) this.exit();
  if (stack.length === 0) {
    if (this.listenerCount('error') > 0) {
      setCapture(null);
      try {
        caught = this.emit('error', error);
      } finally {
        updateExceptionCapture();
      }
    }
  } else {
    try {
      caught = this.emit('error', error);
    } catch (secondError) {
      // The handler threw: an outer domain may take that.
      updateExceptionCapture();
      if (stack.length === 0) throw secondError;
      exports.active = process.domain = stack[stack.length - 1];
      caught = process.domain._errorHandler(secondError);
    }
  }
  // An uncaught exception ends the tick: no domain stays entered.
  domainUncaughtExceptionClear();
  return caught;
};

Domain.prototype.enter = function () {
  exports.active = process.domain = this;
  stack.push(this);
  updateExceptionCapture();
};

Domain.prototype.exit = function () {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  // Leaving a domain leaves every domain entered after it.
  stack.splice(index);
  exports.active = stack.length === 0 ? undefined : stack[stack.length - 1];
  process.domain = exports.active;
  updateExceptionCapture();
};

// Makes an emitter (or timer) a member: it emits inside this domain.
Domain.prototype.add = function (emitter) {
  if (emitter.domain === this) return;
  if (emitter.domain) emitter.domain.remove(emitter);
  // A domain may not contain one of the domains it is inside.
  if (this.domain && emitter instanceof Domain) {
    for (let outer = this.domain; outer; outer = outer.domain) {
      if (emitter === outer) return;
    }
  }
  defineDomain(emitter, this);
  this.members.push(emitter);
};

Domain.prototype.remove = function (emitter) {
  emitter.domain = null;
  const index = this.members.indexOf(emitter);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function (fn, ...args) {
  this.enter();
  const result = Reflect.apply(fn, this, args);
  this.exit();
  return result;
};

// A callback whose first argument, an Error, goes to the domain instead.
Domain.prototype.intercept = function (callback) {
  const self = this;
  return function runIntercepted(...args) {
    if (args[0] && args[0] instanceof Error) {
      const error = args[0];
      error.domainBound = callback;
      error.domainThrown = false;
      defineDomain(error, self);
      self.emit('error', error);
      return undefined;
    }
    self.enter();
    const result = Reflect.apply(callback, this, args.slice(1));
    self.exit();
    return result;
  };
};

Domain.prototype.bind = function (callback) {
  const self = this;
  function runBound(...args) {
    self.enter();
    const result = Reflect.apply(callback, this, args);
    self.exit();
    return result;
  }
  defineDomain(runBound, this);
  return runBound;
};

// EventEmitters learn about domains.
EventEmitter.usingDomains = true;

const eventInit = EventEmitter.init;
EventEmitter.init = function (options) {
  defineDomain(this, null);
  if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  return Reflect.apply(eventInit, this, [options]);
};

const eventEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const { domain } = this;
  const type = args[0];
  if ((type === 'error' && this.listenerCount(type) > 0) || domain === null || domain === undefined ||
      this === process) {
    return Reflect.apply(eventEmit, this, args);
  }
  if (type === 'error') {
    // An unhandled 'error' goes to the emitter's domain, whose handler runs
    // outside it (and its duplicates on the stack).
    const error = args.length > 1 && args[1] ? args[1] : new ERR_UNHANDLED_ERROR();
    if (typeof error === 'object') {
      error.domainEmitter = this;
      defineDomain(error, domain);
      error.domainThrown = false;
    }
    const savedStack = stack.slice();
    const savedActive = process.domain;
    let index = stack.length - 1;
    while (index > -1 && process.domain === stack[index]) index--;
    if (index < 0) stack.length = 0;
    else stack.splice(index + 1);
    exports.active = process.domain = stack.length > 0 ? stack[stack.length - 1] : null;
    updateExceptionCapture();
    domain.emit('error', error);
    exports._stack = stack = savedStack;
    exports.active = process.domain = savedActive;
    updateExceptionCapture();
    return false;
  }
  domain.enter();
  const result = Reflect.apply(eventEmit, this, args);
  domain.exit();
  return result;
};
