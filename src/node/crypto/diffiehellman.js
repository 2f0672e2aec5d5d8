'use strict';
// DiffieHellman, DiffieHellmanGroup and ECDH of `crypto` (createDiffieHellman,
// getDiffieHellman/createDiffieHellmanGroup, createECDH, ECDH.convertKey),
// with the keys kept here as big-endian bytes and the arithmetic in Rust
// (dh.rs, ecdh.rs). Behaviour follows Node 24 over OpenSSL 3: DH_check's
// flags in verifyError, private key lengths, secrets padded to the prime's
// length, and the C++ side's errors (plain errors with a code).
//
// Not here: the stateless crypto.diffieHellman({ privateKey, publicKey })
// and ECDH over KeyObjects, which need KeyObject.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { nativeError } = require('internal/buffer');
const { getArrayBufferOrView, opensslError } = require('internal/crypto/hash');
const {
  codes: { ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');

const kHandle = Symbol('kHandle');
const DH_GENERATOR = 2;
const POINT_CONVERSION_COMPRESSED = 2;
const POINT_CONVERSION_UNCOMPRESSED = 4;
const POINT_CONVERSION_HYBRID = 6;

const dhError = (reason, number) =>
  opensslError(`error:${number}:Diffie-Hellman routines::${reason}`,
    `ERR_OSSL_DH_${reason.toUpperCase().replaceAll(' ', '_')}`, 'Diffie-Hellman routines', reason);

// Big-endian bytes without leading zeros, as OpenSSL keeps a BIGNUM.
function minimal(bytes) {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  return Uint8Array.prototype.slice.call(bytes, start);
}

function bytesOf(value) {
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
    return new Uint8Array(value);
  }
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function toBuf(value, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding === 'buffer' ? 'utf8' : encoding);
  return value;
}

function isBufferSource(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function encode(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function keyBytes(key, encoding) {
  return minimal(bytesOf(getArrayBufferOrView(key, 'key', encoding === 'buffer' ? 'utf8' : encoding)));
}

function defineVerifyError(self, value) {
  Object.defineProperty(self, 'verifyError', { enumerable: true, value, writable: false });
}

// --- DiffieHellman ---

// The native state: prime, generator, keys (null or minimal bytes; a zero
// reads as missing, as an empty BIGNUM does in Node), and how many bits a
// generated private key has (exact: the top bit set, else at most).
function dhState(prime, generator, keyBits, exact) {
  return { prime: minimal(prime), generator: minimal(generator), keyBits, exact, privateKey: null, publicKey: null };
}

function privateKeyRule(prime, generator) {
  const named = binding.dhNamedKeyBits(prime, generator);
  if (named !== 0) return [named, false];
  return [Math.max(minimal(prime).length * 8 - leadingZeroBits(minimal(prime)) - 1, 0), true];
}

function leadingZeroBits(bytes) {
  return bytes.length === 0 ? 0 : Math.clz32(bytes[0]) - 24;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isBufferSource(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isBufferSource(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  }

  let state;
  if (typeof sizeOrKey === 'number') {
    if (sizeOrKey < 2) throw dhError('modulus too small', '0280007E');
    if (typeof generator !== 'number') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Second argument must be an int32');
    }
    if (generator < 2) throw dhError('bad generator', '02800065');
    // OpenSSL's DH_generate_parameters_ex takes 512 to 10000 bits.
    const params = sizeOrKey >= 512 && sizeOrKey <= 10000 ? binding.dhGenerateParameters(sizeOrKey, generator) : undefined;
    if (params === undefined) throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid DH parameters');
    state = dhState(params[0], Uint8Array.of(generator), params[1], true);
  } else {
    const prime = bytesOf(sizeOrKey);
    let gen;
    if (typeof generator === 'number') {
      if (generator < 2) throw dhError('bad generator', '02800065');
      gen = numberBytes(generator);
    } else {
      gen = minimal(bytesOf(generator));
      if (gen.length === 0 || (gen.length === 1 && gen[0] === 1)) throw dhError('bad generator', '02800065');
    }
    const [keyBits, exact] = privateKeyRule(prime, gen);
    state = dhState(prime, gen, keyBits, exact);
  }
  this[kHandle] = state;
  defineVerifyError(this, binding.dhCheck(state.prime, state.generator));
}

function numberBytes(value) {
  const bytes = [];
  for (let n = value; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Uint8Array.from(bytes);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const group = binding.dhGroup(name);
  if (group === undefined) throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  const [prime, keyBits] = group;
  this[kHandle] = keyBits === 0 ? dhState(prime, Uint8Array.of(2), prime.length * 8 - 1, true) :
    dhState(prime, Uint8Array.of(2), keyBits, false);
  // The groups are safe primes OpenSSL knows: nothing to report.
  defineVerifyError(this, 0);
}

function dhGenerateKeys(encoding) {
  const state = this[kHandle];
  // OpenSSL keeps a private key that is set and (re)computes the public one.
  if (state.privateKey === null) {
    state.privateKey = minimal(binding.dhRandomKey(state.keyBits, state.exact));
  }
  state.publicKey = minimal(binding.dhModPow(state.generator, state.privateKey, state.prime));
  if (state.publicKey.length === 0) state.publicKey = null;
  return dhGetPublicKey.call(this, encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  key = bytesOf(getArrayBufferOrView(key, 'key', inEnc === 'buffer' ? 'utf8' : inEnc));
  const state = this[kHandle];
  const secret = binding.dhComputeSecret(state.prime, state.privateKey ?? new Uint8Array(0), key);
  if (secret === 'small') throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
  if (secret === 'large') throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
  return encode(secret, outEnc);
}

function dhGetPrime(encoding) {
  return encode(this[kHandle].prime, encoding);
}

function dhGetGenerator(encoding) {
  return encode(this[kHandle].generator, encoding);
}

function dhGetPublicKey(encoding) {
  const key = this[kHandle].publicKey;
  if (key === null) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No public key - did you forget to generate one?');
  return encode(key, encoding);
}

function dhGetPrivateKey(encoding) {
  const key = this[kHandle].privateKey;
  if (key === null) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No private key - did you forget to generate one?');
  return encode(key, encoding);
}

for (const Class of [DiffieHellman, DiffieHellmanGroup]) {
  Object.assign(Class.prototype, {
    generateKeys: dhGenerateKeys,
    computeSecret: dhComputeSecret,
    getPrime: dhGetPrime,
    getGenerator: dhGetGenerator,
    getPublicKey: dhGetPublicKey,
    getPrivateKey: dhGetPrivateKey,
  });
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const bytes = keyBytes(key, encoding);
  this[kHandle].publicKey = bytes.length === 0 ? null : bytes;
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const bytes = keyBytes(key, encoding);
  this[kHandle].privateKey = bytes.length === 0 ? null : bytes;
  return this;
};

// --- ECDH ---

function invalidCurve() {
  return nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function pointError() {
  return nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (!binding.curves.includes(curve)) throw invalidCurve();
  // publicKey: uncompressed, or a single 0 for the point at infinity.
  this[kHandle] = { curve, privateKey: null, publicKey: null };
}

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

// OpenSSL's EC_KEY_check_key: a public point, not at infinity, that the
// private key (when there is one) gives.
function keyPairValid(state) {
  const { publicKey, privateKey } = state;
  if (publicKey === null || (publicKey.length === 1 && publicKey[0] === 0)) return false;
  if (privateKey === null) return true;
  const derived = binding.ecPublicKey(state.curve, privateKey);
  return derived !== undefined && Buffer.from(derived).equals(Buffer.from(publicKey));
}

ECDH.prototype.computeSecret = function dhComputeSecret(key, inEnc, outEnc) {
  key = bytesOf(getArrayBufferOrView(key, 'key', inEnc === 'buffer' ? 'utf8' : inEnc));
  const state = this[kHandle];
  if (!keyPairValid(state)) throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  const peer = binding.ecDecode(state.curve, key);
  if (peer === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  const secret = state.privateKey === null ? undefined : binding.ecDerive(state.curve, state.privateKey, peer);
  if (secret === undefined) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to compute ECDH key');
  return encode(secret, outEnc);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const bytes = bytesOf(getArrayBufferOrView(key, 'key', encoding === 'buffer' ? 'utf8' : encoding));
  const state = this[kHandle];
  const publicKey = binding.ecPublicKey(state.curve, bytes);
  if (publicKey === undefined) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  }
  state.privateKey = minimal(bytes);
  state.publicKey = publicKey;
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const bytes = bytesOf(getArrayBufferOrView(key, 'key', encoding === 'buffer' ? 'utf8' : encoding));
  const state = this[kHandle];
  const point = binding.ecDecode(state.curve, bytes);
  if (point === undefined) throw pointError();
  state.publicKey = point;
  return this;
};

ECDH.prototype.getPrivateKey = function dhGetPrivateKey(encoding) {
  const key = this[kHandle].privateKey;
  if (key === null) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encode(key, encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const state = this[kHandle];
  state.privateKey = binding.ecGenerate(state.curve);
  state.publicKey = binding.ecPublicKey(state.curve, state.privateKey);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = getFormat(format);
  const state = this[kHandle];
  if (state.publicKey === null) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return encode(binding.ecEncode(state.curve, state.publicKey, f), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = bytesOf(getArrayBufferOrView(key, 'key', inEnc === 'buffer' ? 'utf8' : inEnc));
  const f = getFormat(format);
  if (!binding.curves.includes(curve)) throw invalidCurve();
  // Node's C++ side answers an empty key with an empty string.
  if (key.byteLength === 0) return '';
  const point = binding.ecDecode(curve, key);
  if (point === undefined) throw pointError();
  return encode(binding.ecEncode(curve, point, f), outEnc);
};

function getCurves() {
  return binding.curves.slice();
}

module.exports = { DiffieHellman, DiffieHellmanGroup, ECDH, getCurves };
