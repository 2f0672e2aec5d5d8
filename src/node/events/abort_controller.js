'use strict';
// AbortController and AbortSignal as Node 24 has them as globals: abort with
// a reason (a DOMException 'AbortError' by default), the trusted 'abort'
// event and `onabort`, `throwIfAborted`, and the static `abort(reason)`,
// `timeout(ms)` (an unreferenced timer, so it never keeps the process
// alive; reason a DOMException 'TimeoutError') and `any(signals)`.
//
// Not covered: transferring a signal to a worker (there are none).

const { EventTarget, Event, defineEventHandler, kTrusted } = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignalArray, validateUint32 } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependants = Symbol('kDependants');
const kConstruct = Symbol('kConstruct');

function isAbortSignal(value) {
  return value != null && typeof value === 'object' && kAborted in value;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kDependants] = null;
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this[kAborted];
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this[kReason];
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kConstruct);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kConstruct);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref?.();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kConstruct);
    for (const signal of signals) {
      if (signal[kAborted]) {
        result[kAborted] = true;
        result[kReason] = signal[kReason];
        return result;
      }
    }
    for (const signal of signals) {
      signal[kDependants] ??= new Set();
      signal[kDependants].add(new WeakRef(result));
    }
    return result;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return 'AbortSignal';
    const { inspect } = require('internal/util/inspect');
    return `AbortSignal ${inspect({ aborted: this[kAborted] }, options)}`;
  }
}
for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, name, { ...Object.getOwnPropertyDescriptor(AbortSignal.prototype, name), enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
defineEventHandler(AbortSignal.prototype, 'abort');

// The DOM's "signal abort": once, then the dependants made by any().
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
  const dependants = signal[kDependants];
  signal[kDependants] = null;
  for (const ref of dependants ?? []) {
    const dependant = ref.deref();
    if (dependant !== undefined) abortSignal(dependant, reason);
  }
}

const kSignal = Symbol('signal');

class AbortController {
  constructor() {
    this[kSignal] = new AbortSignal(kConstruct);
  }

  get signal() {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this[kSignal], reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return 'AbortController';
    const { inspect } = require('internal/util/inspect');
    return `AbortController ${inspect({ signal: this[kSignal] }, options)}`;
  }
}
for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { ...Object.getOwnPropertyDescriptor(AbortController.prototype, name), enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, abortSignal, isAbortSignal };
