'use strict';
// node:buffer. `Buffer` is a function whose prototype is FastBuffer's (a
// Uint8Array subclass), as in Node: Buffer.from/alloc/allocUnsafe (small
// ones carved from an 8 KiB pool), concat, compare, byteLength,
// isEncoding, copyBytesFrom, of; every read/write method, toString and
// write in every encoding, indexOf/lastIndexOf/includes, fill, equals,
// compare, copy, subarray/slice, swap16/32/64, toJSON, inspect. Also
// transcode, isUtf8, isAscii, atob, btoa, constants, kMaxLength,
// kStringMaxLength, INSPECT_MAX_BYTES, SlowBuffer, and (from
// internal/blob, internal/file) Blob, File and resolveObjectURL.
//
// Encoding, decoding, searching, comparing and filling run in Rust (the
// `buffer` binding); argument checks and Node's messages are here and in
// internal/buffer.js.
//
// kMaxLength and kStringMaxLength are Node's (V8's) numbers, so that
// argument checks and their messages are Node's; a string longer than
// kStringMaxLength is refused as V8 refuses it. NODE-DIFF: QuickJS cannot
// make an ArrayBuffer above 2 ** 31 - 1 bytes, so a larger buffer fails
// with the engine's RangeError, as Node's does when memory runs out; and
// allocUnsafe memory is zero-filled, as QuickJS always does.

const binding = internalBinding('buffer');
// The hot two, as locals (a property lookup per call costs).
const { slice: bindingSlice, write: bindingWrite } = binding;
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
} = require('internal/errors');
const { validateArray, validateBuffer, validateInteger, validateNumber, validateString } =
  require('internal/validators');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  normalizeEncoding,
  encodingsMap,
  nativeError,
  bytesOf,
  sliceString,
  kStringMaxLength,
  markAsUntransferable,
} = require('internal/buffer');

const kMaxLength = Number.MAX_SAFE_INTEGER;
const UTF8 = encodingsMap.utf8;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');

// An integer in [min, max]; the validator is called only to throw (it is
// slow to call every time).
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number' || !(value >= min && value <= max) || value % 1 !== 0) {
    validateInteger(value, name, min, max);
  }
}

// By engine class, so that a vm context's ArrayBuffer or Uint8Array is one too.
const { isUint8Array, isAnyArrayBuffer, isTypedArray } = require('internal/util/types');

// Buffer() is deprecated (DEP0005); Node warns once, and only for calls
// made outside node_modules unless --pending-deprecation (or
// NODE_PENDING_DEPRECATION=1) asks for every deprecation.
let bufferWarned = false;
let nodeModulesChecks = 0;
function warnBufferConstructor() {
  if (bufferWarned || ++nodeModulesChecks > 10000) return;
  if (!pendingDeprecation() && calledFromNodeModules()) return;
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

let pending;
function pendingDeprecation() {
  pending ??= internalBinding('process').options.pendingDeprecation || process.env.NODE_PENDING_DEPRECATION?.[0] === '1';
  return pending;
}

// Any frame of the stack (up to 100 deep; deeper counts as inside) in a
// node_modules folder.
function calledFromNodeModules() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = `${new Error().stack}`;
  Error.stackTraceLimit = limit;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  if (frames.length >= 100) return true;
  return frames.some((frame) => !/\(?node:/.test(frame) && /[/\\]node_modules[/\\]/.test(frame));
}

function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    return FastBuffer;
  },
});

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

// --- The pool small buffers are carved from ---

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;
let allocBuffer;

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = allocBuffer.buffer;
  markAsUntransferable(allocPool);
  poolOffset = 0;
}
createPool();

// Slices start on 8-byte boundaries.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < Buffer.poolSize >>> 1) {
    if (size > poolSize - poolOffset) createPool();
    const buffer = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return buffer;
  }
  return createUnsafeBuffer(size);
}

// --- Encodings ---

// What each encoding does with a string: its byte length (an upper bound
// for base64 and hex), a write into a buffer, a slice of one as a string,
// and indexOf.
function makeOps(name, encodingVal, byteLength) {
  return {
    encoding: name,
    encodingVal,
    byteLength,
    write: (buf, string, offset, length) => bindingWrite(bytesOf(buf), string, offset, length, encodingVal),
    slice: (buf, start, end) => sliceString(bytesOf(buf), start, end, encodingVal),
    indexOf: (buf, value, byteOffset, dir) => {
      // Node searches these three as strings, the others as their bytes.
      if (encodingVal === encodingsMap.utf8 || encodingVal === encodingsMap.utf16le ||
          encodingVal === encodingsMap.latin1) {
        return binding.indexOfString(bytesOf(buf), value, byteOffset, encodingVal, dir);
      }
      return binding.indexOfBuffer(bytesOf(buf), fromStringFast(value, encodingOps[name]), byteOffset, encodingVal, dir);
    },
  };
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

const { byteLengthUtf8 } = binding;
const encodingOps = {
  utf8: makeOps('utf8', encodingsMap.utf8, byteLengthUtf8),
  ucs2: makeOps('ucs2', encodingsMap.utf16le, (string) => string.length * 2),
  utf16le: makeOps('utf16le', encodingsMap.utf16le, (string) => string.length * 2),
  latin1: makeOps('latin1', encodingsMap.latin1, (string) => string.length),
  ascii: makeOps('ascii', encodingsMap.ascii, (string) => string.length),
  base64: makeOps('base64', encodingsMap.base64, (string) => base64ByteLength(string, string.length)),
  base64url: makeOps('base64url', encodingsMap.base64url, (string) => base64ByteLength(string, string.length)),
  hex: makeOps('hex', encodingsMap.hex, (string) => string.length >>> 1),
};

// Node's lookup: the usual spellings first, then the lower-cased name of
// the same length; ucs2 and utf16le keep their own entries.
function getEncodingOps(encoding) {
  switch (encoding) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'hex': return encodingOps.hex;
    case 'base64': return encodingOps.base64;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'ascii': return encodingOps.ascii;
    case 'base64url': return encodingOps.base64url;
    case 'ucs2': case 'ucs-2': return encodingOps.ucs2;
    case 'utf16le': case 'utf-16le': return encodingOps.utf16le;
  }
  // Anything else is read as a string, as Node's `encoding += ''` does.
  if (typeof encoding !== 'string') return getEncodingOps(`${encoding}`);
  switch (encoding.length) {
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
    case 9: {
      const lower = encoding.toLowerCase();
      if (lower.length !== encoding.length || lower === encoding) return undefined;
      return getEncodingOps(lower);
    }
  }
  return undefined;
}

// --- Creating buffers ---

// Small strings go into the pool, written at most `length` bytes long.
function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return createFromString(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return createFromString(string, ops, length);
  if (length > poolSize - poolOffset) createPool();
  const actual = bindingWrite(allocBuffer, string, poolOffset, length, ops.encodingVal);
  const buffer = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset = (poolOffset + actual + 7) & ~7;
  return buffer;
}

function createFromString(string, ops, length) {
  // UTF-8 in one pass: the binding sizes the buffer as it encodes.
  if (ops.encodingVal === encodingsMap.utf8) return new FastBuffer(binding.fromString(string));
  if (length === undefined) length = ops.byteLength(string);
  const buffer = createUnsafeBuffer(length);
  const actual = bindingWrite(buffer, string, 0, length, ops.encodingVal);
  return actual < length ? new FastBuffer(buffer.buffer, 0, actual) : buffer;
}

function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, ops);
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length !== undefined) {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromArrayLike(arrayLike) {
  if (arrayLike.length <= 0) return new FastBuffer();
  if (arrayLike.length < Buffer.poolSize >>> 1) {
    if (arrayLike.length > poolSize - poolOffset) createPool();
    const buffer = new FastBuffer(allocPool, poolOffset, arrayLike.length);
    Uint8Array.prototype.set.call(buffer, arrayLike, 0);
    poolOffset += arrayLike.length;
    alignPool();
    return buffer;
  }
  return new FastBuffer(arrayLike);
}

function fromObject(object) {
  if (object.length !== undefined || isAnyArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    // A short string in UTF-8, the common case, goes into the pool here.
    const size = value.length * 4;
    if (encodingOrOffset === undefined && size !== 0 && size < Buffer.poolSize >>> 1) {
      if (size > poolSize - poolOffset) createPool();
      const actual = bindingWrite(allocBuffer, value, poolOffset, size, UTF8);
      const buffer = new FastBuffer(allocPool, poolOffset, actual);
      poolOffset = (poolOffset + actual + 7) & ~7;
      return buffer;
    }
    return fromString(value, encodingOrOffset);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const buffer = fromObject(value);
    if (buffer) return buffer;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = Object.getPrototypeOf(Uint8Array.prototype).slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

// An arrow function, so that it is no constructor (as %TypedArray%.of is not).
const of = (...items) => {
  const buffer = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
};
Buffer.of = of;

Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buffer = createUnsafeBuffer(size);
    return fillBuffer(buffer, fill, 0, buffer.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// util.deprecate's shape, without loading util here.
function deprecate(fn, message, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning(message, 'DeprecationWarning', code);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  deprecated.prototype = fn.prototype;
  return deprecated;
}

// --- Static methods ---

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    pos += copyActual(item, buffer, pos, 0, item.length);
  }
  // A `length` longer than the parts leaves zeros after them.
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  // Node measures an unknown encoding as UTF-8.
  if (ops === undefined) return byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// --- Prototype ---

// Legacy names for buffer and byteOffset.
Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Node's ToInteger for copy's offsets: integers as they are, other
// numbers floored, anything outside the safe range `fallback`.
function toInteger(n, fallback) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return fallback;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) sourceEnd = sourceStart + target.byteLength - targetStart;
  let count = sourceEnd - sourceStart;
  const sourceLength = source.byteLength - sourceStart;
  if (count > sourceLength) count = sourceLength;
  if (count <= 0) return 0;
  binding.copy(bytesOf(source), bytesOf(target), targetStart, sourceStart, count);
  return count;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

// Out-of-range start and end are clamped, unlike String's and Uint8Array's.
Buffer.prototype.toString = function toString(encoding, start, end) {
  // No arguments at all (Node tests arguments.length; reading `arguments`
  // costs an object in QuickJS, and all-undefined gives the same answer).
  if (encoding === undefined && start === undefined && end === undefined) {
    const length = this.length;
    return length < 2 ** 27 ? bindingSlice(this, 0, length, UTF8) : sliceString(this, 0, length, UTF8);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return this.utf8Slice(start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return sliceString(this, start, end, ops.encodingVal);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(bytesOf(this), otherBuffer) === 0;
};

let INSPECT_MAX_BYTES = 50;
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = this.hexSlice(0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extras = { __proto__: null };
    let any = false;
    for (const key of keys) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      any = true;
      extras[key] = this[key];
    }
    if (any) {
      if (this.length !== 0) str += ', ';
      const { inspect } = require('internal/util/inspect');
      // Drop '[Object: null prototype] {' and ' }'.
      str += inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  let constructorName = 'Buffer';
  try {
    const { constructor } = this;
    if (typeof constructor === 'function' && Object.prototype.hasOwnProperty.call(constructor, 'name')) {
      constructorName = constructor.name;
    }
  } catch {
    // The default name then.
  }
  return `<${constructorName} ${str}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(bytesOf(this), target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  // What Node's C++ checks itself, in its words.
  if (sourceStart > this.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  }
  if (targetStart > target.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  }
  return binding.compareOffset(bytesOf(this), target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf (dir true) and lastIndexOf (dir false) of a number, string or
// buffer from `byteOffset` (clamped to an int32; NaN searches it all).
function bidirectionalIndexOf(buffer, value, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof value === 'number') return binding.indexOfNumber(bytesOf(buffer), value >>> 0, byteOffset, dir);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, value, byteOffset, dir);
  }
  if (isUint8Array(value)) {
    const encodingVal = ops === undefined ? encodingsMap.utf8 : ops.encodingVal;
    return binding.indexOfBuffer(bytesOf(buffer), value, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// fill(number[, offset[, end]]), fill(buffer[, offset[, end]]),
// fill(string[, offset[, end]][, encoding])
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
};

function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // One character that is one byte: fill with its number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern = value;
  if (typeof value !== 'string') {
    if (ArrayBuffer.isView(value)) {
      pattern = bytesOf(value);
    } else {
      // Anything else fills with its number's low byte; V8 refuses a BigInt.
      if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
      const byte = (+value >>> 0) & 0xff;
      const byteLen = buf.byteLength;
      if (offset > end || end - offset + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
      const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      Uint8Array.prototype.fill.call(bytes, byte, offset, end);
      return buf;
    }
  }
  const result = binding.fill(bytesOf(buf), pattern, offset, end, encodingsMap[encoding ?? 'utf8']);
  if (result === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (result === -2) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  return buf;
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') {
    // Offset and length are checked integers: a string goes straight in.
    if (typeof string === 'string') return length === 0 ? 0 : bindingWrite(this, string, offset, length, UTF8);
    return this.utf8Write(string, offset, length);
  }
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
};

// Math.trunc keeps offsets beyond the int32 range.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  // In-range integers (the usual case) need no adjusting.
  if (!(start >>> 0 === start && start <= srcLength)) start = adjustOffset(start, srcLength);
  if (end === undefined) end = srcLength;
  else if (!(end >>> 0 === end && end <= srcLength)) end = adjustOffset(end, srcLength);
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapWithin(buf, size) {
  const len = buf.length;
  if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  // Short buffers are quicker in JS than across the binding.
  if (len < 128) {
    for (let i = 0; i < len; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const byte = buf[a];
        buf[a] = buf[b];
        buf[b] = byte;
      }
    }
    return buf;
  }
  binding.swap(bytesOf(buf), size);
  return buf;
}

Buffer.prototype.swap16 = function swap16() { return swapWithin(this, 2); };
Buffer.prototype.swap32 = function swap32() { return swapWithin(this, 4); };
Buffer.prototype.swap64 = function swap64() { return swapWithin(this, 8); };

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// --- Module functions ---

const icuErrorNames = { 1: 'U_ILLEGAL_ARGUMENT_ERROR', 10: 'U_INVALID_CHAR_FOUND' };

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = encodingsMap[normalizeEncoding(fromEncoding)] ?? -1;
  const to = encodingsMap[normalizeEncoding(toEncoding)] ?? -1;
  const result = binding.transcode(source, from, to);
  if (typeof result !== 'number') return new FastBuffer(result.buffer, result.byteOffset, result.length);
  const code = icuErrorNames[result] ?? `U_ERROR_${result}`;
  throw genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno: result });
}

// QuickJS provides DOMException as a global.
function domException(message, name) {
  return new DOMException(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const result = binding.btoa(`${input}`);
  if (result === -1) throw domException('Invalid character', 'InvalidCharacterError');
  return result;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const result = binding.atob(`${input}`);
  switch (result) {
    case -2:
      throw domException('Invalid character', 'InvalidCharacterError');
    case -1:
      throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    default:
      return result;
  }
}

// The bytes of a typed array or ArrayBuffer, for isUtf8 and isAscii.
function validationBytes(input) {
  if (isTypedArray(input)) {
    if (input.buffer.detached) throw detachedError();
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) {
    if (input.detached) throw detachedError();
    return new Uint8Array(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function detachedError() {
  return nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
}

function isUtf8(input) {
  return binding.isUtf8(validationBytes(input));
}

function isAscii(input) {
  return binding.isAscii(validationBytes(input));
}

module.exports = {
  Buffer,
  SlowBuffer: deprecate(SlowBuffer, 'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030'),
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return INSPECT_MAX_BYTES;
    },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
      require('internal/util/inspect').setBufferMaxBytes?.(value);
    },
  },
});

// Blob, File and resolveObjectURL load on first use.
for (const [id, names] of [['internal/blob', ['Blob', 'resolveObjectURL']], ['internal/file', ['File']]]) {
  for (const name of names) {
    Object.defineProperty(module.exports, name, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        const value = require(id)[name];
        Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}
