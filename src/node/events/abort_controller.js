'use strict';
// AbortController and AbortSignal as Node 24 has them as globals: abort with
// a reason (a DOMException 'AbortError' by default), the trusted 'abort'
// event and `onabort`, `throwIfAborted`, and the static `abort(reason)`,
// `timeout(ms)` (an unreferenced timer, so it never keeps the process alive;
// its reason a DOMException 'TimeoutError') and `any(signals)` (aborted
// with the first source's reason; dependants abort before their listeners
// run, as the DOM says). Also util.aborted(signal, resource).
//
// Signals and composites are tied to each other by weak references, as in
// Node, so a signal nobody holds can be collected.
//
// util.transferableAbortSignal()/transferableAbortController() make signals
// that postMessage and structuredClone can transfer: the copy follows the
// original through an unreferenced MessageChannel.

const {
  EventTarget, Event, defineEventHandler, kTrustEvent, kNewListener, kRemoveListener, kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const { kMaxEventTargetListeners } = require('events');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateObject, validateUint32 } = require('internal/validators');
const { clearTimeout, setTimeout } = require('timers');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

// A timeout signal's timer is cleared when the signal is collected.
const clearTimeoutRegistry = new FinalizationRegistry(clearTimeout);
const dependantSignalsCleanupRegistry = new FinalizationRegistry((signalRef) => {
  const signal = signalRef.deref();
  if (signal === undefined) return;
  for (const ref of signal[kDependantSignals]) {
    if (ref.deref() === undefined) signal[kDependantSignals].delete(ref);
  }
});
// Signals that must live while someone listens for their 'abort' (timeout
// and composite signals nothing else holds).
const gcPersistentSignals = new Set();
const sourceSignalsCleanupRegistry = new FinalizationRegistry(({ sourceSignalRef, composedSignalRef }) => {
  const composed = composedSignalRef.deref();
  if (composed === undefined) return;
  composed[kSourceSignals].delete(sourceSignalRef);
  if (composed[kSourceSignals].size === 0) gcPersistentSignals.delete(composed);
});

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

function customInspectOf(self, fields, depth, options) {
  if (depth < 0) return self;
  const nested = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(fields, nested)}`;
}

function checkSignal(value) {
  if (value?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

function abortError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

// The timer holds the signal weakly, so an unreachable signal is not kept
// for its timeout's sake; the timer is unreferenced, so it never keeps the
// process alive either.
function setWeakAbortSignalTimeout(signalRef, delay) {
  const timeout = setTimeout(() => {
    const signal = signalRef.deref();
    if (signal !== undefined) {
      gcPersistentSignals.delete(signal);
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }
  }, delay);
  timeout.unref();
  return timeout;
}

// WebIDL's sequence<AbortSignal>, with its messages.
function toSignalSequence(value) {
  const context = 'signals';
  const notSequence = () => {
    const error = new TypeError(`${context} can not be converted to sequence.`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  };
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) throw notSequence();
  const iterator = value?.[Symbol.iterator]?.();
  if (iterator === undefined) throw notSequence();
  const signals = [];
  for (;;) {
    const result = iterator?.next?.();
    if (result === undefined) throw notSequence();
    if (result.done === true) break;
    if (!Object.prototype.isPrototypeOf.call(AbortSignal.prototype, result.value)) {
      throw new ERR_INVALID_ARG_TYPE(`${context}[${signals.length}]`, 'AbortSignal', result.value);
    }
    signals.push(result.value);
  }
  return signals;
}

class AbortSignal extends EventTarget {
  constructor(dontThrow = undefined, init = {}) {
    if (dontThrow !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Any number of 'abort' listeners is normal: no leak warning.
    this[kMaxEventTargetListeners] = 0;
    const { aborted = false, reason = undefined, composite = false } = init;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    checkSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspect](depth, options) {
    return customInspectOf(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = abortError()) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    clearTimeoutRegistry.register(signal, setWeakAbortSignalTimeout(new WeakRef(signal), delay));
    return signal;
  }

  static any(signals) {
    const sources = toSignalSequence(signals);
    const result = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!sources.length) return result;
    const resultRef = new WeakRef(result);
    result[kSourceSignals] = new Set();
    let hasTimeoutSignals = false;
    const follow = (sourceRef, source, owner) => {
      result[kSourceSignals].add(sourceRef);
      source[kDependantSignals].add(resultRef);
      dependantSignalsCleanupRegistry.register(result, sourceRef);
      sourceSignalsCleanupRegistry.register(owner, { sourceSignalRef: sourceRef, composedSignalRef: resultRef });
    };
    for (const signal of sources) {
      if (signal[kTimeout]) {
        hasTimeoutSignals = true;
        gcPersistentSignals.add(signal);
      }
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        follow(new WeakRef(signal), signal, signal);
      } else if (signal[kSourceSignals]) {
        // A composite's sources are followed directly, not the composite.
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (!source || result[kSourceSignals].has(sourceRef)) continue;
          follow(sourceRef, source, signal);
        }
      }
    }
    if (hasTimeoutSignals && result[kSourceSignals].size > 0) gcPersistentSignals.add(result);
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const mayAbortLater = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (mayAbortLater && type === 'abort' && !this.aborted && !weak && size === 1) gcPersistentSignals.add(this);
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const mayAbortLater = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (mayAbortLater && type === 'abort' && size === 0) gcPersistentSignals.delete(this);
  }
}

Object.defineProperty(AbortSignal.prototype, 'aborted', {
  ...Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted'), enumerable: true,
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// The DOM's "signal abort": the signal, then the composites following it,
// each marked aborted before any 'abort' listener runs.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependants = [];
  signal[kDependantSignals]?.forEach((ref) => {
    const dependant = ref.deref();
    if (dependant && !dependant[kAborted]) {
      dependant[kReason] = reason;
      dependant[kAborted] = true;
      dependants.push(dependant);
    }
  });
  runAbort(signal);
  for (const dependant of dependants) runAbort(dependant);
  gcPersistentSignals.delete(signal);
  if (signal[kComposite] && signal[kSourceSignals]) {
    signal[kSourceSignals].forEach((sourceRef) => {
      const source = sourceRef.deref();
      if (source) gcPersistentSignals.delete(source);
    });
  }
}

function runAbort(signal) {
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  abort(reason = abortError()) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [customInspect](depth, options) {
    return customInspectOf(this, { signal: this.signal }, depth, options);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, {
    ...Object.getOwnPropertyDescriptor(AbortController.prototype, name), enumerable: true,
  });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

function isAbortSignal(value) {
  return value?.[kAborted] !== undefined;
}

// --- Transferable signals ---

const kTransferable = Symbol('kTransferable');

function transferableAbortSignal(signal) {
  if (signal?.[kAborted] === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  signal[kTransferable] = true;
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

// A transferred signal stays usable where it was: the copy is a new signal
// told of the original's abort through an unreferenced MessageChannel (or
// made aborted, with a clone of the reason, when the original already is).
require('internal/structured_clone').registerTransferable({
  name: 'AbortSignal',
  is: (value) => value?.[kTransferable] === true,
  isDetached: () => false,
  detach(signal) {
    if (signal.aborted) return { reason: structuredCloneOf(signal.reason) };
    const { MessageChannel } = require('internal/worker/io');
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    port2.unref();
    signal.addEventListener('abort', () => {
      port1.postMessage(signal.reason);
      port1.close();
    }, { once: true });
    return { port: port2 };
  },
  attach({ reason, port }) {
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTransferable] = true;
    if (port === undefined) {
      abortSignal(signal, reason);
      return signal;
    }
    port.onmessage = ({ data }) => {
      abortSignal(signal, data);
      port.close();
      port.onmessage = undefined;
    };
    // The receiving port alone never keeps the process alive.
    port.unref();
    return signal;
  },
});

function structuredCloneOf(value) {
  return require('internal/structured_clone').structuredClone(value);
}

// util.aborted(signal, resource): resolves once `signal` aborts, holding the
// listener only as long as `resource` lives.
async function aborted(signal, resource) {
  if (!Object.prototype.isPrototypeOf.call(AbortSignal.prototype, signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return undefined;
  const { promise, resolve } = Promise.withResolvers();
  signal.addEventListener('abort', resolve, {
    __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true,
  });
  return promise;
}

module.exports = {
  AbortController, AbortSignal, abortSignal, aborted, isAbortSignal, transferableAbortSignal, transferableAbortController,
};
