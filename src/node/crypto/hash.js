'use strict';
// `Hash`, `Hmac` and the one-shot `hash()` of `crypto`, over the digests in
// mod.rs (md5, sha1, sha224, sha256, sha384, sha512, sha512-224/256 and
// their OpenSSL aliases). XOF digests (shake) and every other algorithm are
// "not supported", as an OpenSSL build without them would say. Hash and
// Hmac are Transform streams built on first stream use (LazyTransform).

const binding = internalBinding('crypto');
const LazyTransform = require('internal/streams/lazy_transform');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateEncoding, validateObject, validateString, validateUint32 } = require('internal/validators');
// By engine class: an ArrayBuffer of a vm context is one too.
const { isAnyArrayBuffer, isArrayBuffer } = require('internal/util/types');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// Node's encoding names, case-insensitive, as its C++ side parses them.
const encodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'], ['ascii', 'ascii'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'],
]);

function normalizeEncoding(encoding) {
  return typeof encoding === 'string' ? encodings.get(encoding.toLowerCase()) : undefined;
}

// A string as Rust reads it (UTF-8): lone surrogates become U+FFFD, as in
// Node's UTF-8 encoder.
function utf8String(text) {
  return text.isWellFormed() ? text : text.toWellFormed();
}

// The bytes `update` hashes: strings in their encoding (UTF-8 for anything
// Node does not know, as its C++ side does), views as their bytes.
function bytesOf(data, encoding) {
  if (typeof data === 'string') {
    const normal = normalizeEncoding(encoding);
    // UTF-8 goes to Rust as the string itself: no Buffer in between.
    if (normal === undefined || normal === 'utf8') return utf8String(data);
    // Node writes 'ascii' like 'latin1' (the low byte of each unit).
    return Buffer.from(data, normal === 'ascii' ? 'latin1' : normal);
  }
  return viewBytes(data);
}

function viewBytes(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// What `digest(encoding)` returns: a Buffer unless the encoding is one Node
// knows (a truthy unknown one also gives a Buffer).
function encodeDigest(bytes, outputEncoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const normal = outputEncoding ? normalizeEncoding(`${outputEncoding}`) : undefined;
  if (normal === undefined) return buffer;
  // Digests are random bytes, so UTF-16 units often are lone surrogates,
  // which Node keeps as they are (Rust strings cannot hold them).
  if (normal === 'utf16le') {
    let text = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return text;
  }
  return buffer.toString(normal);
}

// Node raises these from C++: plain errors (no "[code]" in their string).
function digestNotSupported() {
  return new Error('Digest method not supported');
}

function invalidDigest(name) {
  const error = new TypeError(`Invalid digest: ${name}`);
  error.code = 'ERR_CRYPTO_INVALID_DIGEST';
  return error;
}

// Node's getArrayBufferOrView: the bytes of a string (in `encoding`, UTF-8
// by default), ArrayBuffer or view, as a Uint8Array; anything else is
// ERR_INVALID_ARG_TYPE naming `types`.
const bufferSourceTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
function getArrayBufferOrView(value, name, encoding, types = bufferSourceTypes) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) {
    return new Uint8Array(value);
  }
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

// An OpenSSL error as Node's C++ side decorates it.
function opensslError(message, code, library, reason) {
  const error = new Error(message);
  Object.assign(error, { library, reason, code });
  return error;
}

function checkOutputLength(options, size) {
  const length = options !== null && typeof options === 'object' ? options.outputLength : undefined;
  if (length === undefined) return;
  validateUint32(length, 'options.outputLength');
  // Only XOF digests take another length, and we have none.
  if (length !== size) {
    throw opensslError('error:030000B2:digital envelope routines::not XOF or invalid length',
      'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH', 'digital envelope routines', 'not XOF or invalid length');
  }
}

// The source of a copy: the constructor's first argument when `copy` calls it.
class HashCopySource {
  constructor(handle, size) {
    this.handle = handle;
    this.size = size;
  }
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle;
  let size;
  if (algorithm instanceof HashCopySource) {
    ({ handle, size } = algorithm);
    checkOutputLength(options, size);
    handle = binding.hashCopy(handle);
  } else {
    validateString(algorithm, 'algorithm');
    size = binding.digestSize(algorithm);
    if (size === 0) throw digestNotSupported();
    checkOutputLength(options, size);
    handle = binding.hashNew(algorithm);
  }
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false, size };
  this._options = options;
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(new HashCopySource(this[kHandle], state.size), options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!binding.hashUpdate(this[kHandle], bytesOf(data, encoding))) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const bytes = binding.hashDigest(this[kHandle]);
  state[kFinalized] = true;
  return encodeDigest(bytes, outputEncoding);
};

// The key of an Hmac or cipher as bytes (Node's prepareSecretKey).
function prepareSecretKey(key, encoding) {
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    // KeyObject and CryptoKey: keys.js loads lazily (it needs this file).
    const bytes = require('internal/crypto/keys').prepareSecretKey(key, encoding);
    return viewBytes(bytes);
  }
  if (typeof key === 'string') {
    const utf8 = encoding === undefined || normalizeEncoding(encoding) === 'utf8';
    return utf8 ? utf8String(key) : Buffer.from(key, encoding);
  }
  if (isArrayBuffer(key)) return new Uint8Array(key);
  if (ArrayBuffer.isView(key)) return viewBytes(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== null && typeof options === 'object') {
    encoding = options.encoding;
    if (encoding !== undefined) validateString(encoding, 'options.encoding');
  }
  const bytes = prepareSecretKey(key, encoding);
  const handle = binding.hmacNew(hmac, bytes);
  if (handle === undefined) throw invalidDigest(hmac);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  this._options = options;
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  // Node 24 answers a second digest with an empty result rather than throw.
  if (state[kFinalized]) {
    const empty = Buffer.alloc(0);
    return outputEncoding && outputEncoding !== 'buffer' ? empty.toString(outputEncoding) : empty;
  }
  const bytes = binding.hashDigest(this[kHandle]);
  state[kFinalized] = true;
  return encodeDigest(bytes, outputEncoding);
};

// As streams: what is written is hashed, and the digest is the one chunk
// read at the end (Node's LazyTransform).
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.hashUpdate(this[kHandle], bytesOf(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// crypto.hash(algorithm, data[, outputEncoding | options]) (Node 21.7+).
function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding;
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    ({ outputLength, outputEncoding } = options);
  }
  outputEncoding ??= 'hex';
  let normal = outputEncoding;
  if (normal !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normal = normalizeEncoding(outputEncoding);
    if (normal === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      normal = 'buffer';
    }
  }
  if (outputLength !== undefined) validateUint32(outputLength, 'outputLength');
  const size = binding.digestSize(algorithm);
  if (size === 0) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength !== undefined && outputLength !== size) {
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  const bytes = binding.hashOnce(algorithm, typeof input === 'string' ? utf8String(input) : viewBytes(input));
  return normal === 'buffer' ? encodeDigest(bytes) : encodeDigest(bytes, normal);
}

module.exports = {
  Hash, Hmac, hash, getArrayBufferOrView, invalidDigest, normalizeEncoding, opensslError, prepareSecretKey, utf8String,
  viewBytes,
};
