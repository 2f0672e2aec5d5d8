'use strict';
// Random numbers of `crypto`: randomBytes, randomFill(Sync), randomInt and
// randomUUID, all from the host's secure source (binding.randomFill: the
// OS natively, web crypto in a browser).
//
// NODE-DIFF: Node fills buffers for the callback forms on its thread pool and
// calls back from the poll phase; we fill at once and call back from the
// check phase (setImmediate). Either way the callback comes after the caller
// returns, and its order against timers is not something Node promises.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { setImmediate } = require('timers');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateNumber, validateObject } = require('internal/validators');

// Node's largest request: min(buffer.kMaxLength, 2 ** 31 - 1).
const kMaxPossibleLength = 2 ** 31 - 1;

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function fill(target, offset, size) {
  if (size === 0) return;
  const whole = isAnyArrayBuffer(target);
  const buffer = whole ? target : target.buffer;
  const start = whole ? offset : target.byteOffset + offset;
  binding.randomFill(new Uint8Array(buffer, start, size));
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  return buf.BYTES_PER_ELEMENT || 1;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buffer = Buffer.allocUnsafe(size);
  fill(buffer, 0, size);
  if (callback === undefined) return buffer;
  setImmediate(() => callback(null, buffer));
}

function randomFillSync(buf, offset = 0, size) {
  const elementSize = validateBuf(buf);
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  fill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const elementSize = validateBuf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  fill(buf, offset, size);
  setImmediate(() => callback(null, buf));
}

// The largest integer six random bytes give.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // x % range is unbiased only for x below the largest multiple of range.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  const bytes = Buffer.allocUnsafe(6);
  let x;
  do {
    fill(bytes, 0, 6);
    x = bytes[0] * 2 ** 40 + bytes[1] * 2 ** 32 + bytes[2] * 2 ** 24 + bytes[3] * 2 ** 16 + bytes[4] * 2 ** 8 + bytes[5];
  } while (x >= randLimit);
  const n = (x % range) + min;
  if (isSync) return n;
  // Node 24 passes undefined, not null, as the error here.
  setImmediate(() => callback(undefined, n));
}

const hexDigits = '0123456789abcdef';

// An RFC 9562 version 4 UUID. Node keeps a cache of random bytes unless
// disableEntropyCache is set; the option is validated but each UUID reads
// its own 16 bytes here.
function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = { ...options };
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const bytes = new Uint8Array(16);
  fill(bytes, 0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  let uuid = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) uuid += '-';
    uuid += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
  }
  return uuid;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, fill };
