'use strict';
// node:events — EventEmitter and its helpers (once, on, getEventListeners,
// addAbortListener...), keeping Node's `_events` / `_eventsCount` /
// `_maxListeners` layout that packages reach into, and
// EventEmitterAsyncResource (listeners run in the async context of the
// emitter's creation). A plain EventEmitter's listeners run in the context
// of whoever emits, as in Node.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
  genericNodeError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

// Taken before user code can replace them.
const ReflectApply = Reflect.apply;
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);

const kRejection = Symbol.for('nodejs.rejection');
const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

// Static members in the order Node defines them (it shows in console.log).
module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, { __proto__: null, value: false, writable: true, enumerable: false });


// --- Limits ---

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function warnIfLeaking(target, type, listeners) {
  const max = maxListenersOf(target);
  if (max <= 0 || listeners.length <= max || listeners.warned) return;
  listeners.warned = true;
  const { inspect } = require('internal/util/inspect');
  const warning = genericNodeError(
    `Possible EventEmitter memory leak detected. ${listeners.length} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
      'Use emitter.setMaxListeners() to increase limit',
    { name: 'MaxListenersExceededWarning', emitter: target, type, count: listeners.length },
  );
  process.emitWarning(warning);
}

// --- Emitting ---

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandledError = type === 'error';
  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }
  if (unhandledError) throwUnhandledError(args[0]);

  const handler = events[type];
  if (handler === undefined) return false;
  // The listeners are called from here, so that their stacks show
  // `Type.emit` below them as Node's do.
  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) catchRejection(this, result, type, args);
  } else {
    // Listeners added or removed during the emit do not change this round.
    const listeners = ArrayPrototypeSlice(handler);
    for (let i = 0; i < listeners.length; i++) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null) catchRejection(this, result, type, args);
    }
  }
  return true;
};

function throwUnhandledError(er) {
  if (er instanceof Error) throw er; // Unhandled 'error' event
  let shown;
  try {
    shown = require('internal/util/inspect').inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err; // Unhandled 'error' event
}

// With captureRejections, a listener's rejected promise goes to
// Symbol.for('nodejs.rejection') or, failing that, to 'error'.
function catchRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Capturing is off while 'error' is emitted, so a throwing handler cannot loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

// --- Adding and removing ---

function hasListeners(emitter, type) {
  if (type === undefined) return emitter._events !== undefined;
  return emitter._events !== undefined && emitter._events[type] !== undefined;
}

function addListenerTo(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    // A 'newListener' handler may have replaced the table.
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  let listeners = existing;
  if (typeof existing === 'function') {
    listeners = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  warnIfLeaking(target, type, listeners);
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

function isListener(entry, listener) {
  return entry === listener || entry.listener === listener;
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  if (!hasListeners(this, type)) return this;
  const events = this._events;
  const list = events[type];
  if (isListener(list, listener)) {
    removeOnlyListener(this, type, list.listener || listener);
    return this;
  }
  if (typeof list === 'function') return this;
  const position = list.findLastIndex((entry) => isListener(entry, listener));
  if (position < 0) return this;
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

function removeOnlyListener(emitter, type, reported) {
  const events = emitter._events;
  emitter._eventsCount -= 1;
  if (emitter[kShapeMode]) {
    events[type] = undefined;
  } else if (emitter._eventsCount === 0) {
    emitter._events = { __proto__: null };
  } else {
    delete events[type];
    if (events.removeListener) emitter.emit('removeListener', type, reported);
  }
}

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (!hasListeners(this)) return this;
  const events = this._events;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// --- Inspecting ---

function listenersOf(emitter, type, unwrap) {
  const listeners = emitter._events?.[type];
  if (listeners === undefined) return [];
  if (typeof listeners === 'function') return [unwrap ? listeners.listener || listeners : listeners];
  if (!unwrap) return listeners.slice();
  return listeners.map((listener) => (typeof listener.listener === 'function' ? listener.listener : listener));
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const listeners = this._events?.[type];
  if (listeners === undefined) return 0;
  const list = typeof listeners === 'function' ? [listeners] : listeners;
  if (listener == null) return list.length;
  return list.filter((entry) => isListener(entry, listener)).length;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// --- Static members ---



Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { __proto__: null, value: kMaxEventTargetListeners, enumerable: false },
  kMaxEventTargetListenersWarned: { __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false },
});

// EventTarget lives in internal/event_target, which needs this module first.
let eventTargetModule;
function eventTargetInternals() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

// Node's test, by a registered symbol on the constructor, so that targets
// of other realms count too.
const kIsEventTarget = Symbol.for('nodejs.event_target');
function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget];
}

EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function init(options) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (options?.captureRejections) {
    validateBoolean(options.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated (DEP0033): prefer emitter.listenerCount(type).
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};


function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return eventTargetInternals().getEventTargetListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (typeof emitterOrTarget?.[kMaxEventTargetListeners] === 'number') return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// --- Promise and iterator helpers ---

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    // stopImmediatePropagation() by another 'abort' listener cannot skip it.
    signal.addEventListener('abort', listener, { __proto__: null, once: true, ...resistStopPropagation() });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      remove?.();
    },
  };
}

function resistStopPropagation() {
  return { [eventTargetInternals().kResistStopPropagation]: true };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function listen(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    // events.on() passes no options to an EventTarget, events.once() these.
    emitter.addEventListener(name, listener, once ? { __proto__: null, once: true, ...resistStopPropagation() } : undefined);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
}

async function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      if (signal != null) unlisten(signal, 'abort', onAbort);
    };
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      cleanUp();
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      cleanUp();
      resolve(args);
    };
    const onAbort = () => {
      unlisten(emitter, name, onEvent);
      unlisten(emitter, 'error', onError);
      reject(abortError(signal));
    };
    listen(emitter, name, onEvent, true);
    // Only EventEmitters have 'error' semantics.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) listen(signal, 'abort', onAbort, true);
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const events = [];
  const waiting = [];
  const subscriptions = [];
  let paused = false;
  let error = null;
  let finished = false;
  let abortSubscription = null;

  function subscribe(name, handler) {
    listen(emitter, name, handler, false);
    subscriptions.push([name, handler]);
  }

  function onEvent(...args) {
    if (waiting.length > 0) {
      waiting.shift().resolve(iterResult(args, false));
      return;
    }
    events.push(args);
    if (!paused && events.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  }

  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    close();
  }

  function close() {
    abortSubscription?.[kDispose]();
    while (subscriptions.length > 0) unlisten(emitter, ...subscriptions.pop());
    finished = true;
    const done = iterResult(undefined, true);
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (error) {
        const rejected = Promise.reject(error);
        error = null;
        return rejected;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return close();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return events.length;
      },
      get low() {
        return lowWaterMark;
      },
      get high() {
        return highWaterMark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  subscribe(event, onEvent);
  if (event !== 'error' && typeof emitter.on === 'function') subscribe('error', onError);
  for (const name of options.close ?? []) subscribe(name, close);
  if (signal) abortSubscription = addAbortListener(signal, () => onError(abortError(signal)));
  return iterator;
}

// --- EventEmitterAsyncResource ---

// Made on first use: it needs async_hooks, which needs this module.
let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;
  const { AsyncResource } = require('async_hooks');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    #eventEmitter;

    constructor(emitter, type, options) {
      super(type, options);
      this.#eventEmitter = emitter;
    }

    get eventEmitter() {
      return this.#eventEmitter;
    }
  }

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    #asyncResource;

    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this.#asyncResource = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this.#asyncResource;
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this.#asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.#asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.#asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      return this.#asyncResource;
    }
  };
  return EventEmitterAsyncResource;
}
