'use strict';
// `crypto`: hashing (createHash, createHmac, hash, getHashes), randomness
// (randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues),
// AES ciphers (createCipheriv, createDecipheriv, getCiphers, getCipherInfo:
// see cipher.js), key derivation (pbkdf2, hkdf, scrypt: kdf.js),
// Diffie-Hellman and ECDH (createDiffieHellman, getDiffieHellman,
// createECDH, getCurves: diffiehellman.js), primes (generatePrime,
// checkPrime: prime.js), timingSafeEqual, constants and
// webcrypto (see webcrypto.js).
//
// Not here: key objects, signatures, X509 and the rest of the list below
// that is built with notImplemented. Each of those exports exists with
// Node's name and arity and throws ERR_METHOD_NOT_IMPLEMENTED; the queries
// about them answer truthfully (getFips() is 0).

const binding = internalBinding('crypto');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const { deprecate } = require('util');
const hashing = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');
const ciphers = require('internal/crypto/cipher');
const keys = require('internal/crypto/keys');
const dh = require('internal/crypto/diffiehellman');
const prime = require('internal/crypto/prime');

let webcrypto;
function lazyWebCrypto() {
  webcrypto ??= require('internal/crypto/webcrypto');
  return webcrypto;
}

function createHash(algorithm, options) {
  return new hashing.Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new hashing.Hmac(hmac, key, options);
}

function getHashes() {
  return binding.hashes.slice();
}

// Node raises these from C++: plain errors with a code and no "Received".
function timingSafeEqual(buf1, buf2) {
  const bytes = [buf1, buf2].map((buf, i) => {
    if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
    if (ArrayBuffer.isView(buf)) return hashing.viewBytes(buf);
    const error = new TypeError(
      `The "buf${i + 1}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  });
  if (bytes[0].byteLength !== bytes[1].byteLength) {
    const error = new RangeError('Input buffers must have the same byte length');
    error.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw error;
  }
  return binding.timingSafeEqual(bytes[0], bytes[1]);
}
// Node's is a C++ function that declares no parameters.
Object.defineProperty(timingSafeEqual, 'length', { __proto__: null, value: 0 });

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new dh.DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new dh.DiffieHellmanGroup(name);
}

function createECDH(curve) {
  return new dh.ECDH(curve);
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

function getFips() {
  return 0;
}

// An export we do not implement: Node's name and arity, and a clear error.
function notImplemented(name, length) {
  const fn = {
    [name]() {
      throw new ERR_METHOD_NOT_IMPLEMENTED(`crypto.${name}()`);
    },
  }[name];
  Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  return fn;
}

// A class we do not implement: constructing or calling it throws, and so do
// its static methods.
function notImplementedClass(name, length, statics = []) {
  // A function expression, not a method, so that `new` reaches the body.
  const fn = {
    [name]: function () {
      throw new ERR_METHOD_NOT_IMPLEMENTED(`crypto.${name}`);
    },
  }[name];
  Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  for (const method of statics) {
    fn[method] = {
      [method]() {
        throw new ERR_METHOD_NOT_IMPLEMENTED(`crypto.${name}.${method}()`);
      },
    }[method];
  }
  return fn;
}

const defaultCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// Node 24's values (OpenSSL 3.0 builds), so code comparing against them
// behaves the same; nothing here acts on them yet.
const constants = Object.assign(Object.create(null), {
  OPENSSL_VERSION_NUMBER: 810549312,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: defaultCipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});
// Node lets code replace the default TLS cipher list here.
let currentCipherList = defaultCipherList;
Object.defineProperty(constants, 'defaultCipherList', {
  __proto__: null,
  get() {
    return currentCipherList;
  },
  set(value) {
    currentCipherList = value;
  },
  enumerable: true,
  configurable: true,
});

// Node's order of exports, so Object.keys(crypto) reads the same.
module.exports = {
  argon2: kdf.argon2,
  argon2Sync: kdf.argon2Sync,
  checkPrime: prime.checkPrime,
  checkPrimeSync: prime.checkPrimeSync,
  createCipheriv: ciphers.createCipheriv,
  createDecipheriv: ciphers.createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  createSign: keys.createSign,
  createVerify: keys.createVerify,
  diffieHellman: keys.diffieHellman,
  generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  getCiphers: ciphers.getCiphers,
  getCipherInfo: ciphers.getCipherInfo,
  getCurves: dh.getCurves,
  getDiffieHellman: createDiffieHellmanGroup,
  getHashes,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  generateKey: keys.generateKey,
  generateKeySync: keys.generateKeySync,
  privateDecrypt: keys.privateDecrypt,
  privateEncrypt: keys.privateEncrypt,
  publicDecrypt: keys.publicDecrypt,
  publicEncrypt: keys.publicEncrypt,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  sign: keys.sign,
  setEngine: notImplemented('setEngine', 2),
  timingSafeEqual,
  getFips,
  setFips: notImplemented('setFips', 1),
  verify: keys.verify,
  hash: hashing.hash,
  encapsulate: keys.encapsulate,
  decapsulate: keys.decapsulate,
  Certificate: keys.Certificate,
  Cipheriv: ciphers.Cipheriv,
  Decipheriv: ciphers.Decipheriv,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  ECDH: dh.ECDH,
  Hash: deprecate(hashing.Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(hashing.Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  KeyObject: keys.KeyObject,
  Sign: keys.Sign,
  Verify: keys.Verify,
  X509Certificate: notImplementedClass('X509Certificate', 1),
  secureHeapUsed: notImplemented('secureHeapUsed', 0),
};

Object.defineProperty(module.exports, 'constants', {
  __proto__: null,
  value: constants, writable: false, enumerable: true, configurable: false,
});

Object.defineProperties(module.exports, {
  webcrypto: {
    __proto__: null,
    get() {
      return lazyWebCrypto().crypto;
    },
    enumerable: true,
    configurable: false,
  },
  subtle: {
    __proto__: null,
    get() {
      return lazyWebCrypto().crypto.subtle;
    },
    enumerable: true,
    configurable: false,
  },
  getRandomValues: {
    __proto__: null,
    get() {
      return getRandomValues;
    },
    enumerable: true,
    configurable: false,
  },
  // Deprecated (DEP0093): use getFips()/setFips().
  fips: {
    __proto__: null,
    get: deprecate(getFips, 'The crypto.fips is deprecated. Please use crypto.getFips()', 'DEP0093'),
    set: deprecate(module.exports.setFips, 'The crypto.fips is deprecated. Please use crypto.setFips()', 'DEP0093'),
    enumerable: false,
    configurable: false,
  },
});

// Legacy aliases of randomBytes (DEP0115), replaceable like Node's: the
// first read fixes the value, deprecated under --pending-deprecation.
for (const alias of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, alias, {
    __proto__: null,
    get() {
      const pending = internalBinding('process').options.pendingDeprecation;
      const value = pending ? deprecate(random.randomBytes, `crypto.${alias} is deprecated.`, 'DEP0115') :
        random.randomBytes;
      Object.defineProperty(this, alias, { writable: true, enumerable: false, configurable: true, value });
      return value;
    },
    set(value) {
      Object.defineProperty(this, alias, { writable: true, enumerable: true, configurable: true, value });
    },
    enumerable: false,
    configurable: true,
  });
}
