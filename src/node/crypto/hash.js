'use strict';
// `Hash`, `Hmac` and the one-shot `hash()` of `crypto`, over the digests in
// mod.rs: every one Node 24's getHashes() lists (md5, sha1, sha2, sha3,
// shake128/256 with outputLength, ripemd160, blake2, sm3, md5-sha1) under
// OpenSSL's names. Hash and Hmac are Transform streams built on first
// stream use (LazyTransform).

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

// The length of the digest: `outputLength` for an XOF (shake), which takes
// any; the others have one, and asking another is OpenSSL's error.
function outputLengthOf(xofLength, size, xof) {
  if (xofLength === undefined) return size;
  if (!xof && xofLength !== size) {
    throw opensslError('error:030000B2:digital envelope routines::not XOF or invalid length',
      'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH', 'digital envelope routines', 'not XOF or invalid length');
  }
  return xofLength;
}

// DEP0198, once per process and only under --pending-deprecation: a shake
// digest made without outputLength gets the default OpenSSL 3.4 dropped.
// NODE-DIFF: Node reads NODE_PENDING_DEPRECATION at start-up; we read it
// when crypto is first loaded.
const pendingDeprecation = internalBinding('process').options.pendingDeprecation ||
  process.env.NODE_PENDING_DEPRECATION === '1';
let warnedDefaultShakeLength = false;
function maybeEmitDeprecationWarning(algorithm) {
  if (warnedDefaultShakeLength || !pendingDeprecation) return;
  const normalized = algorithm.toLowerCase().replace('-', '');
  if (normalized !== 'shake128' && normalized !== 'shake256') return;
  warnedDefaultShakeLength = true;
  process.emitWarning('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.',
    'DeprecationWarning', 'DEP0198');
}

// The source of a copy: the constructor's first argument when `copy` calls
// it. `size` is the algorithm's own length (a copy does not inherit an
// XOF's outputLength).
class HashCopySource {
  constructor(handle, size, xof) {
    this.handle = handle;
    this.size = size;
    this.xof = xof;
  }
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof HashCopySource;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const xofLength = options !== null && typeof options === 'object' ? options.outputLength : undefined;
  if (xofLength !== undefined) validateUint32(xofLength, 'options.outputLength');
  let handle;
  let size;
  let xof;
  if (isCopy) {
    ({ size, xof } = algorithm);
    handle = binding.hashCopy(algorithm.handle);
  } else {
    size = binding.digestSize(algorithm);
    if (size === 0) throw digestNotSupported();
    xof = binding.isXof(algorithm);
    handle = binding.hashNew(algorithm);
  }
  const length = outputLengthOf(xofLength, size, xof);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false, size, xof, length };
  if (!isCopy && xofLength === undefined) maybeEmitDeprecationWarning(algorithm);
  this._options = options;
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(new HashCopySource(this[kHandle], state.size, state.xof), options);
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
  const bytes = nativeDigest(this);
  state[kFinalized] = true;
  return encodeDigest(bytes, outputEncoding);
};

// The digest, computed once: the stream's flush takes it without marking
// the hash finalized, so a later digest() answers the same bytes, as
// Node's native handle keeps them.
// NODE-DIFF: an Hmac digested after its stream flushed answers the digest
// again; Node 24 answers bytes of uninitialised memory there.
function nativeDigest(self) {
  const state = self[kState];
  state.digest ??= binding.hashDigest(self[kHandle], state.length);
  return state.digest;
}

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
  // OpenSSL's HMAC refuses an XOF with an empty error queue.
  if (handle === null) throw new Error('error:00000000:lib(0)::reason(0)');
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false, length: binding.digestSize(hmac) };
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
  const bytes = nativeDigest(this);
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
  this.push(encodeDigest(nativeDigest(this)));
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
  if (outputLength === undefined) maybeEmitDeprecationWarning(algorithm);
  const size = binding.digestSize(algorithm);
  if (size === 0) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength !== undefined && outputLength !== size && !binding.isXof(algorithm)) {
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  const bytes = binding.hashOnce(algorithm, typeof input === 'string' ? utf8String(input) : viewBytes(input),
    outputLength ?? size);
  return normal === 'buffer' ? encodeDigest(bytes) : encodeDigest(bytes, normal);
}

module.exports = {
  Hash, Hmac, hash, getArrayBufferOrView, invalidDigest, normalizeEncoding, opensslError, prepareSecretKey, utf8String,
  viewBytes,
};
