'use strict';
// internal/streams/add-abort-signal: stream.addAbortSignal() (an aborted
// signal destroys the stream with an AbortError), and the abort controllers
// pipeline(), Duplex.from() and the operators hand to user functions.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const { addAbortListener } = require('events');
const { isNodeStream, isWebStream } = require('internal/streams/utils');

let eos;

// Node accepts any object with an `aborted` property here (the check is
// inlined for readable-stream), not only AbortSignal instances.
function validateAbortSignal(signal, name) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  if (!isNodeStream(stream)) throw new ERR_METHOD_NOT_IMPLEMENTED('addAbortSignal with a web stream');
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    eos ??= require('internal/streams/end-of-stream');
    const disposable = addAbortListener(signal, onAbort);
    eos(stream, disposable[Symbol.dispose]);
  }
  return stream;
}

// --- Abort controllers for internal use ---

// NODE-DIFF: the runtime has no AbortController global yet; until it does,
// the signals streams create themselves (pipeline's `{ signal }`, the
// operators' `{ signal }`) are this small stand-in with AbortSignal's
// `aborted`, `reason`, `onabort`, `throwIfAborted()` and 'abort' listeners.
class StreamAbortSignal {
  #listeners = [];

  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
  }

  addEventListener(type, listener, options) {
    if (type !== 'abort' || typeof listener !== 'function') return;
    if (this.#listeners.some((entry) => entry.listener === listener)) return;
    this.#listeners.push({ listener, once: !!options?.once });
  }

  removeEventListener(type, listener) {
    if (type !== 'abort') return;
    this.#listeners = this.#listeners.filter((entry) => entry.listener !== listener);
  }

  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }

  get [Symbol.toStringTag]() {
    return 'AbortSignal';
  }

  // Called by the controller.
  _abort(reason) {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const event = { type: 'abort', target: this };
    if (typeof this.onabort === 'function') this.onabort.call(this, event);
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const { listener } of listeners) listener.call(this, event);
  }
}

class StreamAbortController {
  constructor() {
    this.signal = new StreamAbortSignal();
  }

  abort(reason = new AbortError('This operation was aborted')) {
    this.signal._abort(reason);
  }
}

function newAbortController() {
  return typeof globalThis.AbortController === 'function' ? new globalThis.AbortController() : new StreamAbortController();
}

// AbortSignal.any(signals): aborted as soon as one of them is.
function anySignal(signals) {
  if (typeof globalThis.AbortSignal?.any === 'function') return globalThis.AbortSignal.any(signals);
  const controller = new StreamAbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate, anySignal, newAbortController };
