'use strict';
// internal/blob: Blob (buffer.Blob and the global), blob: object URLs
// (URL.createObjectURL/revokeObjectURL store and drop them here) and
// buffer.resolveObjectURL. A Blob holds one immutable copy of its bytes;
// slices share it.
//
// NODE-DIFF: blob.stream() throws ERR_METHOD_NOT_IMPLEMENTED: the runtime
// has no ReadableStream (web streams) yet. arrayBuffer(), bytes() and
// text() settle after one microtask, however many parts the blob has
// (Node takes one per part).

const binding = internalBinding('buffer');
const {
  codes: { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { queueMicrotask } = require('internal/process/task_queues');

const kHandle = Symbol('kHandle');
const kType = Symbol('kType');
const kLength = Symbol('kLength');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kMaxLength = Number.MAX_SAFE_INTEGER;
const UTF8 = 1;

// A type holding anything outside printable ASCII is dropped.
const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

function isBlob(object) {
  return object?.[kHandle] !== undefined;
}

function utf8Bytes(text) {
  return binding.encode(text, 'utf8');
}

// A source part as bytes: a Blob's own, a copy of a buffer's, or a
// string's UTF-8 (line endings made "\n" with endings: 'native').
function bytesOfPart(part, endings) {
  if (isBlob(part)) return part[kHandle];
  if (part instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part.slice(0));
  }
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\n|\r\n/g, '\n');
  return utf8Bytes(text);
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function concatBytes(parts, length) {
  if (parts.length === 1) return parts[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    let length = 0;
    const parts = Array.from(sources, (source) => {
      const bytes = bytesOfPart(source, endings);
      length += bytes.length;
      return bytes;
    });
    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);
    this[kHandle] = concatBytes(parts, length);
    this[kLength] = length;
    this[kType] = normalizeType(type);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kLength];
  }

  slice(start = 0, end = this[kLength], contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    start = toLongLong(start);
    end = toLongLong(end);
    const length = this[kLength];
    start = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
    end = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
    const span = Math.max(end - start, 0);
    return createBlob(this[kHandle].subarray(start, start + span), span, normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return readAll(this).then((bytes) => bytes.buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    // TextDecoder's defaults: replacement characters, a leading BOM dropped.
    return readAll(this).then((bytes) => {
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      return binding.decode(bytes.subarray(start), 'utf8');
    });
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return readAll(this);
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    throw new ERR_METHOD_NOT_IMPLEMENTED('Blob.stream()');
  }
}

// A copy of the blob's bytes, one microtask later.
function readAll(blob) {
  const bytes = blob[kHandle];
  return new Promise((resolve) => queueMicrotask(() => resolve(bytes.slice())));
}

// WebIDL `long long`: NaN and infinities are 0, the rest truncated and
// wrapped to 64 bits (exact within the safe integers).
function toLongLong(value) {
  const number = +value;
  if (!Number.isFinite(number) || number === 0) return 0;
  let integer = Math.trunc(number) % 2 ** 64;
  if (integer >= 2 ** 63) integer -= 2 ** 64;
  else if (integer < -(2 ** 63)) integer += 2 ** 64;
  return integer;
}

// A Blob made from bytes we already own (slices, object URLs). Like Node's,
// it carries its own `constructor` property.
function createBlob(bytes, length, type = '') {
  const blob = Object.create(Blob.prototype);
  blob[kHandle] = bytes;
  blob[kType] = type;
  blob[kLength] = length;
  blob.constructor = Blob;
  return blob;
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Blob' });
for (const name of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, name, { __proto__: null, enumerable: true });
}

// --- Object URLs: blob:nodedata:<uuid> ---

const objectURLs = new Map();

function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = require('internal/crypto/random').randomUUID();
  objectURLs.set(id, { bytes: blob[kHandle], type: blob[kType] });
  return `blob:nodedata:${id}`;
}

function parsedPathname(url) {
  try {
    return new URL(`${url}`).pathname;
  } catch {
    return undefined;
  }
}

// Like Node's binding, revoking looks only at what follows the pathname's
// first ':', whatever the scheme.
function revokeObjectURL(url) {
  const pathname = parsedPathname(url);
  const colon = pathname === undefined ? -1 : pathname.indexOf(':');
  if (colon === -1) return;
  const next = pathname.indexOf(':', colon + 1);
  objectURLs.delete(pathname.slice(colon + 1, next === -1 ? undefined : next));
}

// A new Blob of a URL's bytes if its pathname is nodedata:<id> of a live
// object URL, else undefined.
function resolveObjectURL(url) {
  const pathname = parsedPathname(url);
  if (pathname === undefined) return undefined;
  const split = pathname.split(':', 3);
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  const entry = objectURLs.get(split[1]);
  if (entry === undefined) return undefined;
  return createBlob(entry.bytes, entry.bytes.length, entry.type);
}

module.exports = { Blob, createBlob, isBlob, kHandle, resolveObjectURL, createObjectURL, revokeObjectURL };
