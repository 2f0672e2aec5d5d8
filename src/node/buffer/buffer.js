'use strict';
// `buffer`: the part of Buffer that http and the console need; the whole of
// it arrives with the core-modules work. Encoding runs in Rust.

const binding = internalBinding('buffer');
const { codes } = require('internal/errors');

const encodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'],
]);

function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const normal = encodings.get(String(encoding).toLowerCase());
  if (normal === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return normal;
}

class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromBytes(binding.encode(value, normalizeEncoding(encodingOrOffset)));
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
      const offset = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset);
      const size = length === undefined ? value.byteLength - offset : Number(length);
      return new Buffer(value, offset, size);
    }
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      const copy = Buffer.allocUnsafe(bytes.length);
      copy.set(value instanceof Uint8Array ? value : Array.from(value, (v) => v & 255));
      void bytes;
      return copy;
    }
    if (Array.isArray(value)) return fromBytes(Uint8Array.from(value, (v) => v & 255));
    if (value !== null && typeof value === 'object') {
      if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
      const primitive = value.valueOf?.();
      if (primitive !== undefined && primitive !== value) return Buffer.from(primitive, encodingOrOffset, length);
      if (typeof value.length === 'number') return fromBytes(Uint8Array.from(Array.from({ length: value.length }, (_, i) => value[i] & 255)));
    }
    throw new codes.ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
  }

  static alloc(size, fill, encoding) {
    const buffer = new Buffer(checkSize(size));
    if (fill !== undefined && fill !== 0) buffer.fill(fill, 0, buffer.length, encoding);
    return buffer;
  }

  static allocUnsafe(size) {
    return new Buffer(checkSize(size));
  }

  static allocUnsafeSlow(size) {
    return new Buffer(checkSize(size));
  }

  static isBuffer(value) {
    return value instanceof Buffer;
  }

  static isEncoding(encoding) {
    return typeof encoding === 'string' && encodings.has(encoding.toLowerCase());
  }

  static byteLength(value, encoding) {
    if (typeof value !== 'string') {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
      throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], value);
    }
    return binding.byteLength(value, normalizeEncoding(encoding));
  }

  static concat(list, totalLength) {
    if (!Array.isArray(list)) throw new codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
    const length = totalLength ?? list.reduce((sum, item) => sum + item.length, 0);
    const result = Buffer.alloc(length);
    let offset = 0;
    for (const item of list) {
      if (!(item instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('list[0]', ['Buffer', 'Uint8Array'], item);
      if (offset >= length) break;
      const part = item.length > length - offset ? item.subarray(0, length - offset) : item;
      result.set(part, offset);
      offset += part.length;
    }
    return result;
  }

  static compare(a, b) {
    return a.compare(b);
  }

  toString(encoding, start = 0, end = this.length) {
    start = Math.max(0, start | 0);
    end = Math.min(this.length, end === undefined ? this.length : end | 0);
    if (end <= start) return '';
    const normal = normalizeEncoding(encoding);
    if (normal === 'utf16le') return decodeUtf16le(this, start, end);
    return binding.decode(this.subarray(start, end), normal);
  }

  write(string, offset = 0, length, encoding) {
    if (typeof offset === 'string') [encoding, offset] = [offset, 0];
    else if (typeof length === 'string') [encoding, length] = [length, undefined];
    const bytes = binding.encode(string, normalizeEncoding(encoding));
    const count = Math.min(bytes.length, this.length - offset, length ?? Infinity);
    this.set(bytes.subarray(0, count), offset);
    return count;
  }

  equals(other) {
    if (!(other instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], other);
    return this.compare(other) === 0;
  }

  compare(other) {
    const length = Math.min(this.length, other.length);
    for (let i = 0; i < length; i++) {
      if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
    }
    return Math.sign(this.length - other.length);
  }

  fill(value, offset = 0, end = this.length, encoding) {
    if (typeof offset === 'string') [encoding, offset, end] = [offset, 0, this.length];
    if (typeof value === 'string') {
      const bytes = value.length === 1 && value.charCodeAt(0) < 128 && encoding === undefined
        ? [value.charCodeAt(0)]
        : binding.encode(value, normalizeEncoding(encoding));
      if (bytes.length === 0) return super.fill(0, offset, end);
      for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
      return this;
    }
    return super.fill(typeof value === 'number' ? value & 255 : Number(value) & 255, offset, end);
  }

  slice(start, end) {
    return this.subarray(start, end);
  }

  subarray(start, end) {
    const view = Uint8Array.prototype.subarray.call(this, start, end);
    return new Buffer(view.buffer, view.byteOffset, view.length);
  }

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  }

  copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
    const part = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
    target.set(part, targetStart);
    return part.length;
  }

  indexOf(value, byteOffset = 0, encoding) {
    if (typeof value === 'number') return super.indexOf(value & 255, byteOffset);
    const needle = typeof value === 'string' ? binding.encode(value, normalizeEncoding(encoding)) : value;
    if (byteOffset < 0) byteOffset = Math.max(0, this.length + byteOffset);
    outer: for (let i = byteOffset; i <= this.length - needle.length; i++) {
      for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  }
}

// In JS rather than Rust: a lone surrogate must survive, as in V8's strings.
function decodeUtf16le(bytes, start, end) {
  let out = '';
  const units = [];
  for (let i = start; i + 1 < end; i += 2) {
    units.push(bytes[i] | (bytes[i + 1] << 8));
    if (units.length === 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

function fromBytes(bytes) {
  return new Buffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

function checkSize(size) {
  if (typeof size !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  return size;
}

const kMaxLength = 2 ** 32;
Object.defineProperty(Buffer, Symbol.species, { value: Uint8Array, configurable: true });
Buffer.poolSize = 8192;

module.exports = { Buffer, kMaxLength, constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 } };
