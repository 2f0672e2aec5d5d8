'use strict';
// generatePrime(Sync) and checkPrime(Sync) of `crypto`, over the prime
// search and Miller-Rabin test in dh.rs. Primes come back as ArrayBuffers
// (big-endian, no leading zeros) or bigints, as Node's do.
//
// NODE-DIFF: Node runs the callback forms on its thread pool; we compute at
// once and call back from the next poll phase (loop.queueCompletion), so a
// large prime blocks the loop while it is searched for.

const binding = internalBinding('crypto');
const { queueCompletion } = internalBinding('loop');
const { Buffer } = require('buffer');
const { nativeError } = require('internal/buffer');
const { opensslError } = require('internal/crypto/hash');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateObject } = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const bufferTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];
// OpenSSL's BIGNUM holds at most INT_MAX / (4 * 64) words.
const kMaxBignumBits = Math.floor(2147483647 / 256) * 64;

function isBufferSource(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function bytesOf(value) {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(value);
}

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function arrayBufferToUnsignedBigInt(buffer) {
  const hex = Buffer.from(buffer).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

// The significant bits of big-endian bytes.
function bitLength(bytes) {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return 0;
  return (bytes.length - start) * 8 - (Math.clz32(bytes[start]) - 24);
}

function primeOption(value, name) {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return unsignedBigIntToBuffer(value, name);
  if (!isBufferSource(value)) throw new ERR_INVALID_ARG_TYPE(name, bufferTypes, value);
  return value;
}

function compareBytes(a, b) {
  const [la, lb] = [bitLength(a), bitLength(b)];
  if (la !== lb) return la < lb ? -1 : 1;
  const x = Buffer.from(a.subarray(a.length - Math.ceil(la / 8)));
  const y = Buffer.from(b.subarray(b.length - Math.ceil(lb / 8)));
  return Buffer.compare(x, y);
}

// Node's createRandomPrimeJob and its C++ checks of add and rem: a job that
// computes the prime when run.
function randomPrimeJob(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  add = primeOption(add, 'options.add');
  rem = primeOption(rem, 'options.rem');
  if (add !== undefined) {
    add = bytesOf(add);
    // Would give a fixed prime, not a random one, or never end.
    if (bitLength(add) > size) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (rem !== undefined && compareBytes(add, bytesOf(rem)) !== 1) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
    }
  }
  if (rem !== undefined) rem = bytesOf(rem);
  return () => {
    // OpenSSL's BN_generate_prime_ex2 ignores rem without add.
    const prime = binding.generatePrime(size, safe, add, add === undefined ? undefined : rem);
    if (prime === undefined) throw new Error('error:01800076:bignum routines::bits too small');
    const buffer = prime.buffer.slice(prime.byteOffset, prime.byteOffset + prime.byteLength);
    return bigint ? arrayBufferToUnsignedBigInt(buffer) : buffer;
  };
}

function run(callback, job) {
  queueCompletion(() => {
    let result;
    try {
      result = job();
    } catch (error) {
      callback(error);
      return;
    }
    callback(undefined, result);
  });
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'callback');
  run(callback, randomPrimeJob(size, options));
}

function generatePrimeSync(size, options = kEmptyObject) {
  validateInt32(size, 'size', 1);
  return randomPrimeJob(size, options)();
}

function checkPrimeJob(candidate, options) {
  if (typeof candidate === 'bigint') candidate = unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isBufferSource(candidate)) throw new ERR_INVALID_ARG_TYPE('candidate', bufferTypes, candidate);
  return [bytesOf(candidate), options];
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  // Unsigned, but it must fit OpenSSL's signed int.
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function primality(bytes, checks) {
  if (bitLength(bytes) > kMaxBignumBits) {
    throw opensslError('error:01800072:bignum routines::bignum too long', 'ERR_OSSL_BN_BIGNUM_TOO_LONG',
      'bignum routines', 'bignum too long');
  }
  return binding.checkPrime(bytes, checks);
}

function checkPrime(candidate, options = kEmptyObject, callback) {
  let bytes;
  [bytes, options] = checkPrimeJob(candidate, options);
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'callback');
  const checks = checkOptions(options);
  // The size check is made before the job, as Node's C++ makes it.
  if (bitLength(bytes) > kMaxBignumBits) primality(bytes, checks);
  run(callback, () => primality(bytes, checks));
}

function checkPrimeSync(candidate, options = kEmptyObject) {
  const [bytes] = checkPrimeJob(candidate, options);
  return primality(bytes, checkOptions(options));
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
