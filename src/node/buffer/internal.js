'use strict';
// internal/buffer: FastBuffer (the Uint8Array subclass every Buffer is an
// instance of), the number readers and writers and the per-encoding
// `<encoding>Slice`/`<encoding>Write` methods of Buffer.prototype, and
// Node's encoding-name normalisation. The byte work of the slices and
// writes is the `buffer` binding's (Rust); the argument checks and their
// messages are here, as Node's C++ words them.
//
// Not here: the Buffer API itself (buffer.js).

const binding = internalBinding('buffer');
// The hot two, as locals (a property lookup per call costs).
const { slice: bindingSlice, write: bindingWrite } = binding;
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// Node's `enum encoding` numbers, which the binding takes.
const encodingsMap = { __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7 };

class FastBuffer extends Uint8Array {}

// The zero fill Node can skip is always done by QuickJS.
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// Node's names for an encoding (any case of them) to its canonical one;
// undefined for anything else. null and undefined mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const length = enc.length;
  if (length === 0) return enc === '' ? 'utf8' : undefined;
  if (typeof length !== 'number' || length < 3 || length > 9) return undefined;
  // Node lower-cases whatever it was given, through its string form.
  const lower = String.prototype.toLowerCase.call(enc);
  if (lower.length !== length) return undefined;
  switch (lower) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'ascii':
    case 'base64':
    case 'base64url':
    case 'hex':
      return lower;
    default:
      return undefined;
  }
}

// --- Errors worded as Node's C++ binding words them (a plain error with a code) ---

function nativeError(Base, code, message) {
  const error = new Base(message);
  Object.defineProperty(error, 'code', { __proto__: null, value: code, enumerable: true, writable: true, configurable: true });
  return error;
}

const notABuffer = () => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
const notAString = () => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
const indexOutOfRange = () => nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');

// The binding takes any ArrayBufferView (by its bytes) and throws Node's
// "argument must be a buffer" for anything else; this is for the checks
// made in JS first.
function bytesOf(view) {
  if (ArrayBuffer.isView(view)) return view;
  throw notABuffer();
}

// Node's ParseArrayIndex: undefined is `fallback`; anything else is made an
// integer (NaN is 0) and must not be negative.
function arrayIndex(value, fallback) {
  if (value === undefined) return fallback;
  const number = Math.trunc(+value);
  if (number < 0) throw indexOutOfRange();
  return number || 0;
}

// V8's longest string; Node refuses to make a longer one.
const kStringMaxLength = 2 ** 29 - 24;
// Shorter slices cannot give a string that long in any encoding.
const kShortSlice = 2 ** 27;

// The length of the string `count` bytes give in encoding `id` (UTF-8 is
// measured in bytes, as Node does).
function decodedLength(count, id) {
  switch (id) {
    case encodingsMap.hex: return count * 2;
    case encodingsMap.base64: return Math.ceil(count / 3) * 4;
    case encodingsMap.base64url: return Math.ceil((count * 4) / 3);
    case encodingsMap.utf16le: return count >>> 1;
    default: return count;
  }
}

// Node's error when `count` bytes in encoding `id` would make a string
// longer than V8's (and now QuickJS's) longest.
function checkStringLength(count, id) {
  if (count >= kShortSlice && decodedLength(count, id) > kStringMaxLength) {
    throw nativeError(Error, 'ERR_STRING_TOO_LONG',
      `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
  }
}

// The bytes [start, end) of `view` as a string in encoding `id`.
function sliceString(view, start, end, id) {
  checkStringLength(end - start, id);
  return bindingSlice(view, start, end, id);
}

// The `<encoding>Slice(start, end)` methods.
function makeSlice(encoding) {
  const id = encodingsMap[encoding];
  return function slice(start, end) {
    // In-range numbers on a Uint8Array, the common case, need no more checks
    // (the binding truncates fractions as Node does).
    if (typeof start === 'number' && typeof end === 'number' && start >= 0 && end >= start && end <= this.length &&
        end - start < kShortSlice) {
      return bindingSlice(this, start, end, id);
    }
    const bytes = bytesOf(this);
    const length = bytes.byteLength;
    if (length === 0) return '';
    start = arrayIndex(start, 0);
    end = arrayIndex(end, length);
    if (end < start) end = start;
    if (end > length) throw indexOutOfRange();
    return sliceString(bytes, start, end, id);
  };
}

// Node's StringWrite/SlowWriteString: (string, offset, length) into `buf`.
function writeString(buf, string, offset, length, id) {
  const bytes = bytesOf(buf);
  if (typeof string !== 'string') throw notAString();
  offset = arrayIndex(offset, 0);
  if (offset > bytes.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  const remaining = bytes.byteLength - offset;
  length = Math.min(remaining, arrayIndex(length, remaining));
  if (length === 0) return 0;
  return bindingWrite(bytes, string, offset, length, id);
}

function makeWrite(encoding) {
  const id = encodingsMap[encoding];
  return function write(string, offset, length) {
    return writeString(this, string, offset, length, id);
  };
}

// utf8Write, latin1Write and asciiWrite check their range in JS first.
function makeCheckedWrite(encoding) {
  const id = encodingsMap[encoding];
  return function write(string, offset = 0, length = this.byteLength - offset) {
    if (offset < 0 || offset > this.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length < 0 || length > this.byteLength - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    // Checked integers and a string, the common case: straight to the binding.
    if (typeof string === 'string' && typeof offset === 'number' && typeof length === 'number' &&
        offset % 1 === 0 && length % 1 === 0) {
      return length === 0 ? 0 : bindingWrite(this, string, offset, length, id);
    }
    return writeString(this, string, offset, length, id);
  };
}

// --- Bounds checks of the number readers and writers ---

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `size` bytes from `offset` must lie inside `buf`.
// (The validator is called only to throw: it is slow to call every time.)
function checkRead(buf, offset, size) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

const checkBounds = checkRead;

// The value range, then the bounds; Node words ranges of more than four
// bytes as powers of two.
function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${size * 8}${n}` :
        `>= -(2${n} ** ${size * 8 - 1}${n}) and < 2${n} ** ${size * 8 - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, size);
}

// --- Readers ---

// Unsigned, little-endian, `size` bytes (at most six).
function readLE(buf, offset, size) {
  checkRead(buf, offset, size);
  let value = 0;
  let scale = 1;
  for (let i = 0; i < size; i++, scale *= 256) value += buf[offset + i] * scale;
  return value;
}

function readBE(buf, offset, size) {
  checkRead(buf, offset, size);
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
  return value;
}

const signed = (value, size) => (value >= 2 ** (size * 8 - 1) ? value - 2 ** (size * 8) : value);

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const value = this[offset];
  if (value === undefined) boundsError(offset, this.length - 1);
  return value;
}

function readInt8(offset = 0) {
  const value = readUInt8.call(this, offset);
  return value >= 0x80 ? value - 0x100 : value;
}

function readUInt16LE(offset = 0) {
  checkRead(this, offset, 2);
  return this[offset] + this[offset + 1] * 0x100;
}

function readUInt16BE(offset = 0) {
  checkRead(this, offset, 2);
  return this[offset] * 0x100 + this[offset + 1];
}

function readUInt32LE(offset = 0) {
  checkRead(this, offset, 4);
  return this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
}

function readUInt32BE(offset = 0) {
  checkRead(this, offset, 4);
  return this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
}

const readInt16LE = function readInt16LE(offset = 0) { return signed(readUInt16LE.call(this, offset), 2); };
const readInt16BE = function readInt16BE(offset = 0) { return signed(readUInt16BE.call(this, offset), 2); };
const readInt32LE = function readInt32LE(offset = 0) { return readUInt32LE.call(this, offset) | 0; };
const readInt32BE = function readInt32BE(offset = 0) { return readUInt32BE.call(this, offset) | 0; };

function checkByteLength(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 || byteLength === 5 ||
      byteLength === 6) {
    return;
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  checkByteLength(offset, byteLength);
  return byteLength === 1 ? readUInt8.call(this, offset) : readLE(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  checkByteLength(offset, byteLength);
  return byteLength === 1 ? readUInt8.call(this, offset) : readBE(this, offset, byteLength);
}

function readIntLE(offset, byteLength) {
  checkByteLength(offset, byteLength);
  return byteLength === 1 ? readInt8.call(this, offset) : signed(readLE(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  checkByteLength(offset, byteLength);
  return byteLength === 1 ? readInt8.call(this, offset) : signed(readBE(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  return BigInt(readLE(this, offset, 4)) + (BigInt(readLE(this, offset + 4, 4)) << 32n);
}

function readBigUInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  return (BigInt(readBE(this, offset, 4)) << 32n) + BigInt(readBE(this, offset + 4, 4));
}

const readBigInt64LE = function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
};
const readBigInt64BE = function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
};

// Floats go through the bytes of a one-element array of the machine's
// order; `littleEndian` says which order that is.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
float32[0] = -1;
const littleEndian = float32Bytes[3] === 0xbf;

function readFloat(buf, offset, scratch, bytes, size, wantLittle) {
  checkRead(buf, offset, size);
  const forward = wantLittle === littleEndian;
  for (let i = 0; i < size; i++) bytes[forward ? i : size - 1 - i] = buf[offset + i];
  return scratch[0];
}

function readFloatLE(offset = 0) { return readFloat(this, offset, float32, float32Bytes, 4, true); }
function readFloatBE(offset = 0) { return readFloat(this, offset, float32, float32Bytes, 4, false); }
function readDoubleLE(offset = 0) { return readFloat(this, offset, float64, float64Bytes, 8, true); }
function readDoubleBE(offset = 0) { return readFloat(this, offset, float64, float64Bytes, 8, false); }

// --- Writers ---

// `value` as `size` bytes, least significant first: the low four bytes
// from its 32-bit wrap-around (what storing into a Uint8Array does), the
// rest from its quotient by 2 ** 32.
function storeLE(buf, value, offset, size) {
  const low = size > 4 ? 4 : size;
  for (let i = 0; i < low; i++) buf[offset + i] = value >>> (8 * i);
  if (size > 4) {
    const high = Math.floor(value * 2 ** -32);
    for (let i = 4; i < size; i++) buf[offset + i] = high >>> (8 * (i - 4));
  }
  return offset + size;
}

function storeBE(buf, value, offset, size) {
  const low = size > 4 ? 4 : size;
  for (let i = 0; i < low; i++) buf[offset + size - 1 - i] = value >>> (8 * i);
  if (size > 4) {
    const high = Math.floor(value * 2 ** -32);
    for (let i = 4; i < size; i++) buf[offset + size - 1 - i] = high >>> (8 * (i - 4));
  }
  return offset + size;
}

function writeLE(buf, value, offset, min, max, size) {
  value = +value;
  checkInt(value, min, max, buf, offset, size);
  return storeLE(buf, value, offset, size);
}

function writeBE(buf, value, offset, min, max, size) {
  value = +value;
  checkInt(value, min, max, buf, offset, size);
  return storeBE(buf, value, offset, size);
}

// One byte: Node checks the offset's type, then the value, then the bounds.
function writeByte(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeUInt8(value, offset = 0) { return writeByte(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeByte(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return writeLE(this, value, offset, 0, 0xffff, 2); }
function writeUInt16BE(value, offset = 0) { return writeBE(this, value, offset, 0, 0xffff, 2); }
function writeInt16LE(value, offset = 0) { return writeLE(this, value, offset, -0x8000, 0x7fff, 2); }
function writeInt16BE(value, offset = 0) { return writeBE(this, value, offset, -0x8000, 0x7fff, 2); }
function writeUInt32LE(value, offset = 0) { return writeLE(this, value, offset, 0, 0xffffffff, 4); }
function writeUInt32BE(value, offset = 0) { return writeBE(this, value, offset, 0, 0xffffffff, 4); }
function writeInt32LE(value, offset = 0) { return writeLE(this, value, offset, -0x80000000, 0x7fffffff, 4); }
function writeInt32BE(value, offset = 0) { return writeBE(this, value, offset, -0x80000000, 0x7fffffff, 4); }

const unsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const signedMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

// writeUIntLE & co: byteLength 1 to 6; Node checks no `offset` type first.
function checkWriteByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 || byteLength === 5 ||
      byteLength === 6) {
    return;
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntLE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  if (byteLength === 1) return writeByte(this, value, offset, 0, 0xff);
  return writeLE(this, value, offset, 0, unsignedMax[byteLength], byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  if (byteLength === 1) return writeByte(this, value, offset, 0, 0xff);
  return writeBE(this, value, offset, 0, unsignedMax[byteLength], byteLength);
}

function writeIntLE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  if (byteLength === 1) return writeByte(this, value, offset, -0x80, 0x7f);
  return writeLE(this, value, offset, -signedMax[byteLength] - 1, signedMax[byteLength], byteLength);
}

function writeIntBE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  if (byteLength === 1) return writeByte(this, value, offset, -0x80, 0x7f);
  return writeBE(this, value, offset, -signedMax[byteLength] - 1, signedMax[byteLength], byteLength);
}

// BigInts: the range check compares whatever `value` is; a Number that
// passes it then fails at the BigInt arithmetic, as in Node.
function writeBig64(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 8);
  let low;
  let high;
  try {
    low = Number(value & 0xffffffffn);
    high = Number((value >> 32n) & 0xffffffffn);
  } catch (error) {
    // V8's words for BigInt arithmetic on something that is not one.
    if (error instanceof TypeError) throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    throw error;
  }
  if (little) {
    storeLE(buf, low, offset, 4);
    storeLE(buf, high, offset + 4, 4);
  } else {
    storeBE(buf, high, offset, 4);
    storeBE(buf, low, offset + 4, 4);
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false); }
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

function writeFloat(buf, value, offset, scratch, bytes, size, wantLittle) {
  value = +value;
  checkBounds(buf, offset, size);
  scratch[0] = value;
  const forward = wantLittle === littleEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[forward ? i : size - 1 - i];
  return offset + size;
}

function writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, float32, float32Bytes, 4, true); }
function writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, float32, float32Bytes, 4, false); }
function writeDoubleLE(value, offset = 0) { return writeFloat(this, value, offset, float64, float64Bytes, 8, true); }
function writeDoubleBE(value, offset = 0) { return writeFloat(this, value, offset, float64, float64Bytes, 8, false); }

function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE, writeUint8: writeUInt8,
    writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE, writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
    asciiSlice: makeSlice('ascii'), base64Slice: makeSlice('base64'), base64urlSlice: makeSlice('base64url'),
    latin1Slice: makeSlice('latin1'), hexSlice: makeSlice('hex'), ucs2Slice: makeSlice('utf16le'),
    utf8Slice: makeSlice('utf8'),
    asciiWrite: makeCheckedWrite('ascii'), base64Write: makeWrite('base64'), base64urlWrite: makeWrite('base64url'),
    latin1Write: makeCheckedWrite('latin1'), hexWrite: makeWrite('hex'), ucs2Write: makeWrite('utf16le'),
    utf8Write: makeCheckedWrite('utf8'),
  };
  for (const name of Object.keys(methods)) {
    const method = methods[name];
    // Node's are named after the function behind them (readUint8's is readUInt8).
    const own = /^(ascii|base64|base64url|latin1|hex|ucs2|utf8)(Slice|Write)$/.test(name) ? name : method.name;
    Object.defineProperty(method, 'name', { __proto__: null, value: own, configurable: true });
    Object.defineProperty(proto, name, { __proto__: null, value: method, writable: true, enumerable: true, configurable: true });
  }
}

// Objects postMessage and structuredClone must not move in a transfer list
// (the buffer pool, and what worker_threads.markAsUntransferable marks).
// Kept here, where the pool is made, so marking it loads nothing more.
const untransferable = new WeakSet();

function markAsUntransferable(value) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
  untransferable.add(value);
}

function isMarkedAsUntransferable(value) {
  if (value == null) return false;
  return untransferable.has(value);
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  markAsUntransferable,
  isMarkedAsUntransferable,
  createUnsafeBuffer,
  readUInt16BE,
  readUInt32BE,
  normalizeEncoding,
  encodingsMap,
  nativeError,
  bytesOf,
  checkStringLength,
  sliceString,
  kStringMaxLength,
  writeString,
};
