'use strict';
// `readline`: the callback-style Interface (callable without `new`, with
// question(query[, {signal}], callback) and Node's underscore-named
// internals), createInterface, the cursor helpers and emitKeypressEvents.
// See internal/readline/interface for what an Interface does.

const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const internal = require('internal/readline/interface');
const promises = require('readline/promises');

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kDecoder,
  kLineBuffer,
  kOldPrompt,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kSawKeyPress,
  kSawReturnAt,
} = internal;

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  // A completer of one argument returns its answer; Interface calls it
  // back-style.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: given } = input;
    input.completer = (line, callback) => callback(null, given(line));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const given = completer;
    completer = (line, callback) => callback(null, given(line));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

Interface.prototype.question = function question(query, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const given = callback;
      callback = typeof given === 'function' ? (answer) => {
        cleanup();
        return given(answer);
      } : cleanup;
    }
  }
  if (typeof callback === 'function') this[kQuestion](query, callback);
};

// util.promisify(rl.question): a promise of the answer, rejected with an
// AbortError when its signal aborts.
Interface.prototype.question[kPromisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = {};
  const { signal } = options;
  if (signal) validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    let callback = resolve;
    if (signal) {
      const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
      signal.addEventListener('abort', onAbort, { once: true });
      callback = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, callback);
  });
};

// Node's names for the internal state, as accessors.
for (const [name, symbol] of [
  ['_decoder', kDecoder], ['_line_buffer', kLineBuffer], ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey], ['_prompt', kPrompt], ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress], ['_sawReturnAt', kSawReturnAt],
]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return this[symbol];
    },
    set(value) {
      this[symbol] = value;
    },
  });
}

// TERM=dumb: no cursor movement, only typing, Enter, Ctrl+C and Ctrl+D.
function ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
    case 'enter':
      this._endLineKey(key.name);
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
