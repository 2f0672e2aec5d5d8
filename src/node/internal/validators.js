'use strict';
// Argument validation shared by the built-ins, throwing Node's ERR_* errors
// with Node's messages.

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  const bounded = min != null || max != null;
  if ((min != null && value < min) || (max != null && value > max) || (bounded && Number.isNaN(value))) {
    const lower = min != null ? `>= ${min}` : '';
    const upper = max != null ? `<= ${max}` : '';
    throw new ERR_OUT_OF_RANGE(name, lower && upper ? `${lower} && ${upper}` : lower || upper, value);
  }
}

function validateIntegerIn(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  validateIntegerIn(value, name, min, max);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateIntegerIn(value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  validateIntegerIn(value, name, positive ? 1 : 0, 4294967295);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || value.constructor?.name === 'AsyncFunction') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
}

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

// Node takes bit flags; older code passes `{ allowArray, allowFunction, nullable }`.
function objectFlags(options) {
  if (typeof options === 'number') return options;
  if (options == null) return kValidateObjectNone;
  return (options.nullable ? kValidateObjectAllowNullable : 0) |
    (options.allowArray ? kValidateObjectAllowArray : 0) |
    (options.allowFunction ? kValidateObjectAllowFunction : 0);
}

function validateObject(value, name, options = kValidateObjectNone) {
  const flags = objectFlags(options);
  const type = typeof value;
  const acceptable =
    (value === null ? (flags & kValidateObjectAllowNullable) !== 0 : true) &&
    (!Array.isArray(value) || (flags & kValidateObjectAllowArray) !== 0) &&
    (type === 'object' || (type === 'function' && (flags & kValidateObjectAllowFunction) !== 0));
  if (!acceptable) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
}

function validateArrayOf(value, name, typeName, test) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (!test(value[i])) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, typeName, value[i]);
  }
}

function validateStringArray(value, name) {
  validateArrayOf(value, name, 'string', (item) => typeof item === 'string');
}

function validateBooleanArray(value, name) {
  validateArrayOf(value, name, 'boolean', (item) => typeof item === 'boolean');
}

function validateOneOf(value, name, oneOf) {
  if (oneOf.includes(value)) return;
  const allowed = oneOf.map((item) => (typeof item === 'string' ? `'${item}'` : String(item))).join(', ');
  throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
}

// Accepts numbers and numeric strings in [0, 65535]; returns the number.
function validatePort(port, name = 'Port', allowZero = true) {
  const isNumberLike = typeof port === 'number' || (typeof port === 'string' && port.trim().length > 0);
  if (!isNumberLike || +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const indexedName = `${name}[${i}]`;
    if (value[i] == null) throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', value[i]);
    validateAbortSignal(value[i], indexedName);
  }
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (signals[signal] !== undefined) return;
  if (signals[signal.toUpperCase()] !== undefined) {
    throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateEncoding(data, encoding) {
  const isHex = typeof encoding === 'string' && encoding.toLowerCase() === 'hex';
  if (isHex && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// false for undefined and NaN, true for finite numbers, throws otherwise.
function validateFiniteNumber(number, name) {
  if (number === undefined || Number.isNaN(number)) return false;
  if (Number.isFinite(number)) return true;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

const octalPattern = /^[0-7]+$/;

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalPattern.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

module.exports = {
  checkRangesOrGetDefault,
  isInt32,
  isUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  kValidateObjectNone,
  parseFileMode,
  validateAbortSignal,
  validateAbortSignalArray,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringArray,
  validateUint32,
  validateUndefined,
  validateUnion,
};
for (const key of Object.keys(module.exports)) {
  if (key.startsWith('validate')) module.exports[key] = hideStackFrames(module.exports[key]);
}
