'use strict';
// `util`: formatting and inspection (internal/util/inspect), deep equality
// (internal/util/comparisons), `types`, inheritance, promise/callback
// adapters, deprecation, debug logging (NODE_DEBUG), styleText, call sites,
// parseArgs, parseEnv, TextEncoder/TextDecoder, MIMEType/MIMEParams, diff and
// the system error names. The keys come in Node 24's order.
//
// NODE-DIFF: getCallSites' `scriptId` numbers the files in the order they are
// first reported (V8's ids are internal); source maps are not applied.
// NODE_DEBUG is read when this module first loads, not at process start.
// setTraceSigInt(true) throws ERR_METHOD_NOT_IMPLEMENTED: a pod gets no SIGINT.
// aborted() keeps its listener until the signal aborts (Node drops it once
// `resource` is collected).

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const errors = require('internal/errors');
const { codes } = errors;
const {
  validateBoolean, validateFunction, validateNumber, validateObject, validateOneOf, validateString,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const types = require('internal/util/types');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
// Set by Node's own callback APIs that pass several values (fs.read:
// ['bytesRead', 'buffer']): promisify resolves with an object of them.
const kCustomPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

// ---------------------------------------------------------------------------
// Deprecation: one warning per wrapper, and one per code however many
// wrappers share it.

const codesWarned = new Set();

function deprecate(fn, message, code, useEmitSync, modifyPrototype = true) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(message, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        codesWarned.add(code);
        process.emitWarning(message, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    // Instances of the wrapped class stay instances of the wrapper.
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', { __proto__: null, ...Object.getOwnPropertyDescriptor(fn, 'length') });
  }
  return deprecated;
}

// ---------------------------------------------------------------------------
// Promises and callbacks.

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) result[argumentNames[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      if (types.isPromise(Reflect.apply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                            'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { __proto__: null, value: fn, enumerable: false, writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisify;

// A falsy rejection reaches the callback as an error, so that it cannot be
// mistaken for success.
function callbackifyOnRejected(reason, callback) {
  if (!reason) {
    const error = new codes.ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace?.(error, callbackifyOnRejected);
    reason = error;
  }
  return callback(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCallback = args.pop();
    validateFunction(maybeCallback, 'last argument');
    const callback = maybeCallback.bind(this);
    // The callback runs on a later tick, never inside the promise chain.
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(callbackifyOnRejected, reason, callback),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// Objects.

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

let comparisons;
function isDeepStrictEqual(a, b, skipPrototype) {
  comparisons ??= require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b, skipPrototype);
}

// ---------------------------------------------------------------------------
// Debug logging: NODE_DEBUG=name,other* enables util.debuglog('name').

let debugEnabled;
function isDebugEnabled(set) {
  if (debugEnabled === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const regexp = new RegExp(`^${pattern}$`, 'i');
      debugEnabled = (name) => regexp.test(name);
    } else {
      debugEnabled = () => false;
    }
  }
  return debugEnabled(set);
}

const debugImpls = { __proto__: null };
function debugImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' can expose ` +
          'sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      const pid = process.pid;
      debugImpls[set] = function debug(...args) {
        const colors = require('internal/util/colors').shouldColorize(process.stderr);
        const message = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', set, inspect(pid, { colors }), message));
      };
    } else {
      debugImpls[set] = () => {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, callback) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = isDebugEnabled(set);
  }
  // The first call decides, then the real logger takes over.
  let debug = (...args) => {
    init();
    debug = debugImpl(enabled, set);
    if (typeof callback === 'function') {
      Object.defineProperty(debug, 'enabled', {
        __proto__: null,
        get() {
          return enabled;
        },
        configurable: true,
        enumerable: true,
      });
      callback(debug);
    }
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => {
    if (enabled === false) return undefined;
    return debug(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// styleText: `text` wrapped in the ANSI codes of inspect.colors' styles,
// when the stream shows colors.

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize;
  if (validateStream) {
    const { isReadableStream, isWritableStream, isNodeStream } = require('internal/streams/utils');
    if (!isReadableStream(stream) && !isWritableStream(stream) && !isNodeStream(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !require('internal/util/colors').shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const styles = [];
  for (const key of formats) {
    if (key === 'none') continue;
    const codePair = inspect.colors[key];
    if (codePair == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
    if (skipColorize) continue;
    styles.push(codePair);
  }
  if (skipColorize) return text;
  const escape = (code) => (code === undefined ? '' : `\u001b[${code}m`);
  // A style closed inside `text` is opened again after it (bold and dim,
  // which share a closing code, are both kept).
  let styled = text;
  for (const [open, close] of styles) {
    styled = styled.replace(new RegExp(`\\u001b\\[${close}m`, 'g'), (match, offset) => {
      if (offset + match.length >= styled.length) return match;
      if (open === inspect.colors.dim[0] || open === inspect.colors.bold[0]) return `${match}${escape(open)}`;
      return escape(open);
    });
  }
  const opening = styles.map(([open]) => escape(open)).join('');
  const closing = styles.map(([, close]) => escape(close)).reverse().join('');
  return `${opening}${styled}${closing}`;
}

// ---------------------------------------------------------------------------
// getCallSites: the caller's frames as plain objects.

const scriptIds = new Map();
function scriptIdOf(name) {
  if (!scriptIds.has(name)) scriptIds.set(name, String(scriptIds.size + 1));
  return scriptIds.get(name);
}

function getCallSites(frameCount = 10, options) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      validateObject(options, 'options');
      if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
      frameCount = 10;
    } else {
      options = {};
    }
  } else {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.stackTraceLimit = frameCount;
    Error.prepareStackTrace = (_, callSites) => callSites;
    const holder = {};
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } catch {
    // A frozen Error: the stack API cannot be steered.
    sites = undefined;
  } finally {
    try {
      Error.prepareStackTrace = savedPrepare;
      Error.stackTraceLimit = savedLimit;
    } catch {
      // Unchangeable, so unchanged.
    }
  }
  if (!Array.isArray(sites)) return [];
  return sites.map((site) => {
    const scriptName = site.getFileName() ?? '';
    const column = site.getColumnNumber() ?? 0;
    return {
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId: scriptIdOf(scriptName),
      scriptName,
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: column,
      column,
    };
  });
}

// ---------------------------------------------------------------------------
// AbortSignal helpers (the classes are the globals).

function isAbortSignal(value) {
  return typeof globalThis.AbortSignal === 'function' && value instanceof globalThis.AbortSignal;
}

async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  if (typeof globalThis.AbortController !== 'function') {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('transferableAbortController');
  }
  return new globalThis.AbortController();
}

// ---------------------------------------------------------------------------

function _errnoException(...args) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new errors.ErrnoException(...args);
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(error, _errnoException);
  return error;
}

function _exceptionWithHostPort(...args) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new errors.ExceptionWithHostPort(...args);
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(error, _exceptionWithHostPort);
  return error;
}

// The .env entries of a text, by Node 24's rules (src/node/process/dotenv.rs).
function parseEnv(content) {
  validateString(content, 'content');
  return internalBinding('dotenv').parse(content);
}

function setTraceSigInt(enable) {
  validateBoolean(enable, 'enable');
  if (enable) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('util.setTraceSigInt');
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap: errors.getSystemErrorMap,
  getSystemErrorName: errors.getSystemErrorName,
  getSystemErrorMessage: errors.getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return `${input}`.toWellFormed();
  },
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv,
};

// Node makes these lazy data properties (a V8 feature); plain data
// properties read the same.
Object.assign(module.exports, {
  parseArgs: require('internal/util/parse_args/parse_args').parseArgs,
  TextDecoder: require('internal/encoding').TextDecoder,
  TextEncoder: require('internal/encoding').TextEncoder,
  MIMEType: require('internal/mime').MIMEType,
  MIMEParams: require('internal/mime').MIMEParams,
  diff: require('internal/util/diff').diff,
  setTraceSigInt,
});
