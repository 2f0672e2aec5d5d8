'use strict';

// Key derivation: pbkdf2, hkdf, scrypt and argon2 in their sync and callback forms,
// validated as Node 24 validates them. The derivation runs in Rust
// (src/node/crypto/kdf.rs). A callback form computes when its result is due,
// in the poll phase, as a libuv threadpool job's result arrives; failures
// Node's C++ job constructors raise (unknown digest, bad scrypt parameters,
// a key too long) throw synchronously in both forms, as there.
//
// Not here: KeyObject inputs (createSecretKey is not implemented yet).

const binding = internalBinding('crypto');
const { queueCompletion } = internalBinding('loop');
const { Buffer } = require('buffer');
const { nativeError } = require('internal/buffer');
const { getArrayBufferOrView, invalidDigest } = require('internal/crypto/hash');
const {
  codes: { ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');

const kMaxLength = 2 ** 53 - 1;

const derivingFailed = () => new Error('Deriving bits failed');
const bytesOf = (value, name, types) => getArrayBufferOrView(value, name, 'utf8', types);
const bufferSourceTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const byteSourceTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

// Runs `work` now (sync) or in the next poll phase (async), handing the
// callback Node's (error, result) with `this` undefined.
function later(callback, work) {
  queueCompletion(() => {
    let result;
    try {
      result = work();
    } catch (error) {
      callback.call(undefined, error);
      return;
    }
    callback.call(undefined, null, result);
  });
}

// --- pbkdf2 ---

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = bytesOf(password, 'password', bufferSourceTypes);
  salt = bytesOf(salt, 'salt', bufferSourceTypes);
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (binding.digestSize(digest) === 0) throw invalidDigest(digest);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2Derive({ password, salt, iterations, keylen, digest }) {
  // HMAC cannot use an XOF (shake): OpenSSL fails the derivation.
  if (keylen === 0 || binding.isXof(digest)) throw derivingFailed();
  return Buffer.from(binding.pbkdf2(digest, password, salt, iterations, keylen).buffer);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const job = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  later(callback, () => pbkdf2Derive(job));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return pbkdf2Derive(pbkdf2Check(password, salt, iterations, keylen, digest));
}

// --- hkdf ---

function hkdfCheck(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  const keys = require('internal/crypto/keys');
  if (keys.isKeyObject(ikm)) {
    ikm = keys.prepareSecretKey(ikm);
  } else if (typeof ikm !== 'string' && !ArrayBuffer.isView(ikm) && !(ikm instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], ikm);
  }
  ikm = bytesOf(ikm, 'ikm', byteSourceTypes);
  salt = bytesOf(salt, 'salt', byteSourceTypes);
  info = bytesOf(info, 'info', byteSourceTypes);
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(digest);
  if (size === 0) throw invalidDigest(digest);
  if (length > 255 * size) throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return { digest, ikm, salt, info, length };
}

// HKDF gives an ArrayBuffer, not a Buffer.
function hkdfDerive({ digest, ikm, salt, info, length }) {
  if (length === 0 || binding.isXof(digest)) throw derivingFailed();
  return binding.hkdf(digest, ikm, salt, info, length).buffer;
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const job = hkdfCheck(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  later(callback, () => hkdfDerive(job));
}

function hkdfSync(digest, ikm, salt, info, length) {
  return hkdfDerive(hkdfCheck(digest, ikm, salt, info, length));
}

// --- scrypt ---

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptOption(options, name, alias, value) {
  const hasName = options[name] !== undefined;
  if (hasName) {
    value = options[name];
    validateUint32(value, name);
  }
  if (options[alias] !== undefined) {
    if (hasName) throw new ERR_INCOMPATIBLE_OPTION_PAIR(name, alias);
    value = options[alias];
    validateUint32(value, alias);
  }
  return value;
}

function scryptCheck(password, salt, keylen, options) {
  password = bytesOf(password, 'password', bufferSourceTypes);
  salt = bytesOf(salt, 'salt', bufferSourceTypes);
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    N = scryptOption(options, 'N', 'cost', N);
    r = scryptOption(options, 'r', 'blockSize', r);
    p = scryptOption(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  // The parameters alone decide whether OpenSSL accepts them; an empty
  // key derives nothing, so this also answers keylen 0.
  const verdict = binding.scrypt(password, salt, [N, r, p, maxmem], 0);
  if (verdict === 'params') {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  if (verdict === 'memory') {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return { password, salt, keylen, params: [N, r, p, maxmem] };
}

function scryptDerive({ password, salt, keylen, params }) {
  return Buffer.from(binding.scrypt(password, salt, params, keylen).buffer);
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const job = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  later(callback, () => scryptDerive(job));
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  return scryptDerive(scryptCheck(password, salt, keylen, options));
}

// --- argon2 ---

const kMaxUint32 = 2 ** 32 - 1;

function argon2Check(algorithm, parameters) {
  validateString(algorithm, 'algorithm');
  validateOneOf(algorithm, 'algorithm', ['argon2d', 'argon2i', 'argon2id']);
  validateObject(parameters, 'parameters');
  const { parallelism, tagLength, memory, passes } = parameters;
  const message = getArrayBufferOrView(parameters.message, 'parameters.message');
  validateInteger(message.byteLength, 'parameters.message.byteLength', 0, kMaxUint32);
  const nonce = getArrayBufferOrView(parameters.nonce, 'parameters.nonce');
  validateInteger(nonce.byteLength, 'parameters.nonce.byteLength', 8, kMaxUint32);
  validateInteger(parallelism, 'parameters.parallelism', 1, 2 ** 24 - 1);
  validateInteger(tagLength, 'parameters.tagLength', 4, kMaxUint32);
  validateInteger(memory, 'parameters.memory', 8 * parallelism, kMaxUint32);
  validateUint32(passes, 'parameters.passes', true);
  const optional = (value, name) => {
    if (value === undefined) return new Uint8Array(0);
    const bytes = getArrayBufferOrView(value);
    validateInteger(bytes.byteLength, name, 0, kMaxUint32);
    return bytes;
  };
  const secret = optional(parameters.secret, 'parameters.secret.byteLength');
  const associatedData = optional(parameters.associatedData, 'parameters.associatedData.byteLength');
  return { algorithm, message, nonce, secret, associatedData, params: [parallelism, tagLength, memory, passes] };
}

// Node's job constructor derives once to validate the parameters, so
// refused parameters throw in both forms; the callback form hands over
// that result later.
function argon2Derive({ algorithm, message, nonce, secret, associatedData, params }) {
  const tag = binding.argon2(algorithm, message, nonce, secret, associatedData, params);
  if (tag === null) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_ARGON2_PARAMS', 'Invalid Argon2 params');
  return Buffer.from(tag.buffer, tag.byteOffset, tag.byteLength);
}

function argon2(algorithm, parameters, callback) {
  const job = argon2Check(algorithm, parameters);
  validateFunction(callback, 'callback');
  const result = argon2Derive(job);
  later(callback, () => result);
}

function argon2Sync(algorithm, parameters) {
  return argon2Derive(argon2Check(algorithm, parameters));
}

module.exports = { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync, argon2, argon2Sync };
