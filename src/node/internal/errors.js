'use strict';
// Node's error machinery: the `codes` table of ERR_* classes with Node's
// exact messages, the system errors built from libuv errnos, AbortError and
// the small helpers the other built-ins share.

const kIsNodeError = Symbol('kIsNodeError');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const codes = {};
const messages = new Map();

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}

function defineHidden(target, key, value) {
  Object.defineProperty(target, key, { __proto__: null, value, enumerable: false, writable: true, configurable: true });
}

// Stack traces start where the caller went wrong, not inside `fn`.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      if (Error.stackTraceLimit) omitFramesFrom(error, wrappedFn);
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// Drops the frames of `fn` and of everything it called from `error.stack`.
function omitFramesFrom(error, fn) {
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(error, fn);
}

// --- Building messages ---

function formatMessage(code, args, self) {
  const message = messages.get(code);
  if (typeof message === 'function') return message.apply(self, args);
  if (args.length === 0) return message;
  return lazyInspect().format(message, ...args);
}

function formatList(items, conjunction = 'and') {
  if (items.length <= 2) return items.join(` ${conjunction} `);
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}

function truncate(text, max, keep) {
  return text.length > max ? `${text.slice(0, keep)}...` : text;
}

function describeNumber(value) {
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

// The `Received ...` part of a type-mismatch message.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      return `type number (${describeNumber(value)})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'string': {
      const shown = truncate(value, 28, 25);
      return shown.includes("'") ? `type string (${JSON.stringify(shown)})` : `type string ('${shown}')`;
    }
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return inspect(value, { depth: -1 });
    default:
      return `type ${typeof value} (${truncate(inspect(value, { colors: false }), 28, 25)})`;
  }
}

// Only for integers: 1234567 -> 1_234_567.
function addNumericalSeparator(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let grouped = '';
  for (; end >= start + 4; end -= 3) grouped = `_${digits.slice(end - 3, end)}${grouped}`;
  return `${digits.slice(0, end)}${grouped}`;
}

// What V8 prints for a value without running user code (rejection reasons).
function noSideEffectsToString(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return String(value);
  if (value.toString === Object.prototype.toString) {
    const name = Object.getPrototypeOf(value)?.constructor?.name || 'Object';
    return `#<${name}>`;
  }
  return Object.prototype.toString.call(value);
}

// --- Error classes ---

function makeNodeErrorClass(Base, code) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = code;
      defineHidden(this, 'message', formatMessage(code, args, this));
      omitFramesFrom(this, new.target);
    }

    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  return NodeError;
}

// Registers `codes[code]`; extra bases become `codes[code][Base.name]`.
function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  const ErrorClass = Base === SystemError ? makeSystemErrorClass(code) : makeNodeErrorClass(Base, code);
  for (const Other of otherBases) ErrorClass[Other.name] = makeNodeErrorClass(Other, code);
  ErrorClass.HideStackFramesError = ErrorClass;
  codes[code] = ErrorClass;
}

// Codes Node raises from C++ (src/node_errors.h): a plain error of the
// base class with an own enumerable `code`, so its stack header has no
// `[CODE]`. `new codes.X(...)` makes one, as NodeError classes do.
const nativeCodes = new Set();
function C(code, message, Base) {
  messages.set(code, message);
  nativeCodes.add(code);
  function NativeCodeError(...args) {
    const error = new Base(formatMessage(code, args, undefined));
    Object.defineProperty(error, 'code', { __proto__: null, value: code, enumerable: true, writable: true, configurable: true });
    Error.captureStackTrace(error, NativeCodeError);
    return error;
  }
  Object.defineProperty(NativeCodeError, 'name', { __proto__: null, value: Base.name });
  codes[code] = NativeCodeError;
}

// An error wrapping a failed system call, with the context in `info`.
class SystemError extends Error {
  constructor(code, context) {
    super();
    let message = `${formatMessage(code, [], this)}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = code;
    omitFramesFrom(this, new.target);
    defineHidden(this, 'name', 'SystemError');
    defineHidden(this, 'message', message);
    Object.defineProperty(this, 'info', { __proto__: null, value: context, enumerable: true, configurable: true });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if ((key === 'path' || key === 'dest') && context[key] === undefined) continue;
      Object.defineProperty(this, key, {
        __proto__: null,
        get: () => (key === 'path' || key === 'dest') && context[key] != null ? context[key].toString() : context[key],
        set: (value) => { context[key] = value; },
        enumerable: true,
        configurable: true,
      });
    }
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspect(this, { ...options, getters: true, customInspect: false });
  }
}

function makeSystemErrorClass(code) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, context);
    }
  };
}

// Node's AbortError: a plain Error with code ABORT_ERR (not a DOMException).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// What an unhandled rejection of a non-Error becomes; a plain class in Node.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
  }
}

function genericNodeError(message, properties) {
  const error = new Error(message);
  Object.assign(error, properties);
  return error;
}

function aggregateTwoErrors(inner, outer) {
  if (!inner || !outer || inner === outer) return inner || outer;
  if (Array.isArray(outer.errors)) {
    outer.errors.push(inner);
    return outer;
  }
  const error = new AggregateError([outer, inner], outer.message);
  error.code = outer.code;
  return error;
}

// --- System errors from libuv errnos (Linux values) ---

const uvErrors = [
  [-7, 'E2BIG', 'argument list too long'],
  [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'],
  [-22, 'EINVAL', 'invalid argument'],
  [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'],
  [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'],
  [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
  [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
  [-8, 'ENOEXEC', 'exec format error'],
];
const uvErrorMap = new Map(uvErrors.map(([errno, name, message]) => [errno, [name, message]]));
const uvUnmappedError = ['UNKNOWN', 'unknown error'];

function uvErrmapGet(errno) {
  return uvErrorMap.get(errno);
}

function getSystemErrorMap() {
  return new Map(Array.from(uvErrorMap, ([errno, entry]) => [errno, [...entry]]));
}

function validateErrno(errno) {
  if (typeof errno !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', errno);
  if (errno >= 0 || !Number.isSafeInteger(errno)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', errno);
  }
}

function getSystemErrorName(errno) {
  validateErrno(errno);
  return uvErrorMap.get(errno)?.[0] ?? `Unknown system error ${errno}`;
}

function getSystemErrorMessage(errno) {
  validateErrno(errno);
  return uvErrorMap.get(errno)?.[1] ?? `Unknown system error ${errno}`;
}

// Base of the errors below, which Node builds in place of failed calls.
class SystemCallError extends Error {
  constructor(message) {
    super(message);
    omitFramesFrom(this, new.target);
  }
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

// `ENOENT: no such file or directory, open 'x'`: fs-style errors.
class UVException extends SystemCallError {
  constructor(context) {
    const [code, uvMessage] = uvErrmapGet(context.errno) || uvUnmappedError;
    let message = `${code}: ${context.message || uvMessage}, ${context.syscall}`;
    const path = context.path ? context.path.toString() : undefined;
    const dest = context.dest ? context.dest.toString() : undefined;
    if (path) message += ` '${path}'`;
    if (dest) message += ` -> '${dest}'`;
    super(message);
    for (const key of Object.keys(context)) {
      if (key !== 'message' && key !== 'path' && key !== 'dest') this[key] = context[key];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }
}

// `listen EADDRINUSE: address already in use 127.0.0.1:3000`.
class UVExceptionWithHostPort extends SystemCallError {
  constructor(errno, syscall, address, port) {
    const [code, uvMessage] = uvErrmapGet(errno) || uvUnmappedError;
    super(`${syscall} ${code}: ${uvMessage}${hostPortDetails(address, port)}`);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}

// `write EPIPE`: the old util._errnoException.
class ErrnoException extends SystemCallError {
  constructor(errno, syscall, original) {
    const code = getSystemErrorName(errno);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
  }
}

// `connect ECONNREFUSED 127.0.0.1:80`: no description, optional local address.
class ExceptionWithHostPort extends SystemCallError {
  constructor(errno, syscall, address, port, additional) {
    const code = getSystemErrorName(errno);
    let details = hostPortDetails(address, port);
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}

class DNSException extends SystemCallError {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = code === -3007 || code === -3008 ? 'ENOTFOUND' : getSystemErrorName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
}

class ConnResetException extends SystemCallError {
  constructor(message) {
    super(message);
    this.code = 'ECONNRESET';
  }
}

// Like Node's, these pose as plain Errors.
for (const SystemCallError of [UVException, UVExceptionWithHostPort, ErrnoException, ExceptionWithHostPort,
  DNSException, ConnResetException]) {
  Object.defineProperty(SystemCallError.prototype, 'constructor', { __proto__: null, get: () => Error, configurable: true });
}

function errnoException(errno, syscall, original) {
  return new ErrnoException(errno, syscall, original);
}

// A system error with libuv's description, as servers report listen errors.
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const error = new UVExceptionWithHostPort(errno, syscall, address, port);
  if (additional) error.message += ` - Local (${additional})`;
  return error;
}

// --- Messages that need code ---

function invalidArgTypeMessage(name, expected, actual) {
  const expectedList = Array.isArray(expected) ? expected : [expected];
  const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `The ${subject} must be ${describeExpected(expectedList)}. Received ${determineSpecificType(actual)}`;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classNamePattern = /^[A-Z][a-zA-Z0-9]*$/;

function describeExpected(expected) {
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classNamePattern.test(value)) instances.push(value);
    else other.push(value);
  }
  // With classes listed, a plain object reads better among them.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`);
  if (instances.length > 0) parts.push(`an instance of ${formatList(instances, 'or')}`);
  if (other.length > 1) parts.push(`one of ${formatList(other, 'or')}`);
  else if (other.length === 1) parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  return parts.join(' or ');
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  const inspected = truncate(inspect(value), 128, 128);
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${inspected}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultBoolean = false) {
  const intro = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  return `${intro} It must be ${range}. Received ${describeOutOfRange(input)}`;
}

function describeOutOfRange(input) {
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) return addNumericalSeparator(String(input));
  if (typeof input === 'bigint') {
    const digits = String(input);
    const large = input > 2n ** 32n || input < -(2n ** 32n);
    return `${large ? addNumericalSeparator(digits) : digits}n`;
  }
  return inspect(input);
}

function missingArgsMessage(...names) {
  const quoted = names.map((name) => (Array.isArray(name) ? name.map((n) => `"${n}"`).join(' or ') : `"${name}"`));
  return `The ${formatList(quoted)} argument${names.length > 1 ? 's' : ''} must be specified`;
}

const withBase = (base) => (base ? ` imported from ${base}` : '');

function invalidPackageTargetMessage(pkgPath, key, target, isImport = false, base = undefined) {
  const relativeError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  const hint = relativeError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${withBase(base)}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${withBase(base)}${hint}`;
}

// --- The codes ---

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
C('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
C('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
C('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
C('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
C('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
C('ERR_CRYPTO_OPERATION_FAILED', '%s', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value, url) =>
  `Import attribute "${key}" with value "${value}" is not supported${url ? ` in ${url}` : ''}`, TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) =>
  (field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`), TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
// Node 24 keeps the offending input on the error.
E('ERR_INVALID_FILE_URL_PATH', function(reason, input) {
  this.input = input;
  return `File URL path ${reason}`;
}, TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive ' +
  'with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, text, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${text}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${withBase(base)}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', invalidPackageTargetMessage, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  const schemes = typeof expected === 'string' ? [expected] : expected;
  const which = schemes.length === 2 ? `one of scheme ${schemes[0]} or ${schemes[1]}` : `of scheme ${schemes[0]}`;
  return `The URL must be ${which}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', missingArgsMessage, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${withBase(base)}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${withBase(base)}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ? ". To specify a positional argument starting with a '-', place it at the end " +
    `of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) =>
  'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the' +
  ' top-level await comes from, use --experimental-print-required-tla.' +
  (parentFilename ? `\n  From ${parentFilename} ` : '') + (filename ? `\n  Requiring ${filename} ` : ''), Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
// node:test's wrapper of what made a test fail: the cause and its kind.
E('ERR_TEST_FAILURE', function(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error?.message ?? String(error);
}, Error);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) =>
  (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`), Error);
codes.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  if (exactUrl) this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  // Node's formatList, which takes whatever it is given.
  const list = supported?.length <= 2
    ? Array.prototype.join.call(supported, ' and ')
    : `${Array.prototype.join.call(Array.prototype.slice.call(supported, 0, -1), ', ')}, and ${Array.prototype.at.call(supported, -1)}`;
  return `Only URLs with a scheme in: ${list} are supported by the default ESM loader. Received protocol '${url.protocol}'`;
}, Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);

module.exports = {
  nativeCodes,
  AbortError,
  ConnResetException,
  DNSException,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  SystemError,
  UVException,
  UVExceptionWithHostPort,
  addNumericalSeparator,
  aggregateTwoErrors,
  codes,
  determineSpecificType,
  errnoException,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  hideStackFrames,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  noSideEffectsToString,
  uvErrmapGet,
};
