'use strict';

// SubtleCrypto's algorithms, as Node 24 implements them: HMAC (sign/verify),
// AES-CTR, AES-CBC and AES-GCM (encrypt/decrypt), PBKDF2 and HKDF
// (deriveBits/deriveKey), and the asymmetric ones: RSASSA-PKCS1-v1_5,
// RSA-PSS and ECDSA and Ed25519 (sign/verify), RSA-OAEP (encrypt/decrypt),
// ECDH and X25519 (deriveBits/deriveKey); importKey/exportKey in the 'raw',
// 'spki', 'pkcs8' and 'jwk' formats each algorithm allows, generateKey,
// wrapKey/unwrapKey (with the encryption algorithms) and CryptoKey with
// KeyObject.from / keyObject.toCryptoKey. The arithmetic is the KeyObject
// one (internal/crypto/keys: sign, publicEncrypt, diffieHellman, ...);
// what is here is WebCrypto's algorithm normalization, key checks and
// DOMExceptions, in the order Node applies them.
//
// Not here: AES-KW, AES-OCB, ChaCha20-Poly1305, Ed448, X448, the NODE-*
// extensions (DSA, DH, scrypt), KMAC, Argon2 and the post-quantum
// algorithms: their names are "Unrecognized algorithm name"
// (NotSupportedError).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { inspect } = require('internal/util/inspect');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
const { pbkdf2Sync, hkdfSync } = require('internal/crypto/kdf');
const random = require('internal/crypto/random');
// By engine class: an ArrayBuffer of a vm context is one too.
const { isArrayBuffer, isSharedArrayBuffer } = require('internal/util/types');
const { validateInt32 } = require('internal/validators');
const keys = require('internal/crypto/keys');

// `cause`: the KeyObject error behind a DataError or OperationError, as
// Node keeps it.
function domException(message, name, cause) {
  const { DOMException } = require('internal/crypto/webcrypto');
  return cause === undefined ? new DOMException(message, name) : new DOMException(message, { name, cause });
}

function webidlError(message, code) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

// --- CryptoKey ---

const kKey = Symbol('kKey');
const kCreate = Symbol('kCreate');

// What `algorithm` and `usages` show: copies of the internal slots, which
// a script may change without changing the key (or its inspect output).
function copyAlgorithm(algorithm) {
  const copy = { ...algorithm };
  if (copy.hash !== undefined) copy.hash = { ...copy.hash };
  if (copy.publicExponent !== undefined) copy.publicExponent = new Uint8Array(copy.publicExponent);
  return copy;
}

class CryptoKey {
  constructor(token, state) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    state.shownAlgorithm = copyAlgorithm(state.algorithm);
    state.shownUsages = [...state.usages];
    // Hidden, as Node's internal slots are: assert and inspect without
    // custom inspection show `CryptoKey {}`.
    Object.defineProperty(this, kKey, { __proto__: null, value: state });
  }

  get type() {
    return this[kKey].type;
  }

  get extractable() {
    return this[kKey].extractable;
  }

  get algorithm() {
    return this[kKey].shownAlgorithm;
  }

  get usages() {
    return this[kKey].shownUsages;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { type, extractable, algorithm, usages } = this[kKey];
    return `CryptoKey ${inspect({ type, extractable, algorithm, usages }, opts)}`;
  }
}

for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { __proto__: null, ...Object.getOwnPropertyDescriptor(CryptoKey.prototype, name), enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { __proto__: null, value: 'CryptoKey', configurable: true });

function makeKey(bytes, algorithm, extractable, usages, keyObject = keys.createSecretKey(bytes)) {
  return new CryptoKey(kCreate, { type: 'secret', bytes, keyObject, algorithm, extractable, usages });
}

// An asymmetric CryptoKey around its KeyObject.
function makeAsymKey(keyObject, algorithm, extractable, usages) {
  return new CryptoKey(kCreate, { type: keyObject.type, bytes: undefined, keyObject, algorithm, extractable, usages });
}

function keyState(key, position, method) {
  if (!(key instanceof CryptoKey)) {
    throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not of type CryptoKey.`,
      'ERR_INVALID_ARG_TYPE');
  }
  return key[kKey];
}

// The KeyObject behind a CryptoKey (KeyObject.from): always the same one.
function keyObjectOf(key) {
  return key[kKey].keyObject;
}

// --- algorithm normalization ---

const digestNames = new Map([
  ['sha-1', 'SHA-1'], ['sha-256', 'SHA-256'], ['sha-384', 'SHA-384'], ['sha-512', 'SHA-512'],
  ['sha3-256', 'SHA3-256'], ['sha3-384', 'SHA3-384'], ['sha3-512', 'SHA3-512'],
]);
// Node's digest name of each WebCrypto hash.
const nodeDigests = {
  'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256', 'SHA3-384': 'sha3-384', 'SHA3-512': 'sha3-512',
};
// The SHA-3 hashes are experimental in Node 24: one warning per name.
const warnedExperimental = new Set();
function experimental(name) {
  if (warnedExperimental.has(name)) return;
  warnedExperimental.add(name);
  process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}
// The HMAC key length a hash implies: its block size in bits.
const hashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
// SHA-3 keys have no JWK "alg": none is written and any is taken.
const jwkHmac = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };
// The JWK "alg" of each RSA algorithm and hash.
const jwkRsa = {
  'RSASSA-PKCS1-v1_5': { 'SHA-1': 'RS1', 'SHA-256': 'RS256', 'SHA-384': 'RS384', 'SHA-512': 'RS512' },
  'RSA-PSS': { 'SHA-1': 'PS1', 'SHA-256': 'PS256', 'SHA-384': 'PS384', 'SHA-512': 'PS512' },
  'RSA-OAEP': { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384', 'SHA-512': 'RSA-OAEP-512' },
};
const rsaNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const ecNames = ['ECDSA', 'ECDH'];
const cfrgNames = ['Ed25519', 'X25519'];
// WebCrypto's curve names and KeyObject's.
const namedCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

// Per operation: each algorithm it takes and the WebIDL dictionary with its
// required members.
const rsaHashed = ['RsaHashedImportParams', ['hash']];
const ecImport = ['EcKeyImportParams', ['namedCurve']];
const plain = ['Algorithm', []];
const operations = {
  importKey: {
    'RSASSA-PKCS1-v1_5': rsaHashed,
    'RSA-PSS': rsaHashed,
    'RSA-OAEP': rsaHashed,
    'ECDSA': ecImport,
    'ECDH': ecImport,
    'Ed25519': plain,
    'X25519': plain,
    'HMAC': ['HmacImportParams', ['hash']],
    'AES-CTR': plain,
    'AES-CBC': plain,
    'AES-GCM': plain,
    'PBKDF2': plain,
    'HKDF': plain,
  },
  sign: {
    'RSASSA-PKCS1-v1_5': plain,
    'RSA-PSS': ['RsaPssParams', ['saltLength']],
    'ECDSA': ['EcdsaParams', ['hash']],
    'Ed25519': plain,
    'HMAC': plain,
  },
  encrypt: {
    'RSA-OAEP': ['RsaOaepParams', []],
    'AES-CTR': ['AesCtrParams', ['counter', 'length']],
    'AES-CBC': ['AesCbcParams', ['iv']],
    'AES-GCM': ['AesGcmParams', ['iv']],
  },
  generateKey: {
    'RSASSA-PKCS1-v1_5': ['RsaHashedKeyGenParams', ['modulusLength', 'publicExponent', 'hash']],
    'RSA-PSS': ['RsaHashedKeyGenParams', ['modulusLength', 'publicExponent', 'hash']],
    'RSA-OAEP': ['RsaHashedKeyGenParams', ['modulusLength', 'publicExponent', 'hash']],
    'ECDSA': ['EcKeyGenParams', ['namedCurve']],
    'ECDH': ['EcKeyGenParams', ['namedCurve']],
    'Ed25519': plain,
    'X25519': plain,
    'HMAC': ['HmacKeyGenParams', ['hash']],
    'AES-CTR': ['AesKeyGenParams', ['length']],
    'AES-CBC': ['AesKeyGenParams', ['length']],
    'AES-GCM': ['AesKeyGenParams', ['length']],
  },
  deriveBits: {
    'ECDH': ['EcdhKeyDeriveParams', ['public']],
    'X25519': ['EcdhKeyDeriveParams', ['public']],
    'PBKDF2': ['Pbkdf2Params', ['salt', 'iterations', 'hash']],
    'HKDF': ['HkdfParams', ['hash', 'salt', 'info']],
  },
  'get key length': {
    'HMAC': ['HmacImportParams', ['hash']],
    'AES-CTR': ['AesDerivedKeyParams', ['length']],
    'AES-CBC': ['AesDerivedKeyParams', ['length']],
    'AES-GCM': ['AesDerivedKeyParams', ['length']],
    'PBKDF2': plain,
    'HKDF': plain,
  },
};
operations.verify = operations.sign;
operations.decrypt = operations.encrypt;
operations.wrapKey = operations.encrypt;
operations.unwrapKey = operations.encrypt;

// An HMAC key without a length is the hash's block size; the SHA-3 ones
// must say.
function hmacDefaultLength(hash) {
  const bits = hashBlockBits[hash.name];
  if (bits === undefined) throw domException('Explicit algorithm length member is required', 'NotSupportedError');
  return bits;
}

function normalizeHash(hash) {
  const name = hash !== null && typeof hash === 'object' ? hash.name : hash;
  const normal = typeof name === 'string' ? digestNames.get(name.toLowerCase()) : undefined;
  if (normal === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  if (normal.startsWith('SHA3')) experimental(normal);
  return { name: normal };
}

function memberError(member, dictionary, what, code = 'ERR_INVALID_ARG_TYPE') {
  return webidlError(`Failed to normalize algorithm: '${member}' of '${dictionary}' (passed algorithm) ${what}`, code);
}

// WebIDL's [EnforceRange] unsigned long.
function unsignedLong(value, member, dictionary) {
  const number = Number(value);
  if (!Number.isFinite(number)) throw memberError(member, dictionary, 'is not a finite number.');
  const integer = Math.trunc(number);
  if (integer < 0 || integer > 4294967295) {
    throw memberError(member, dictionary, 'is outside the expected range of 0 to 4294967295.', 'ERR_OUT_OF_RANGE');
  }
  return integer;
}

// The members of each dictionary that WebIDL converts.
function convertMembers(normal, dictionary) {
  switch (dictionary) {
    case 'RsaHashedKeyGenParams':
      normal.modulusLength = unsignedLong(normal.modulusLength, 'modulusLength', dictionary);
      if (!(normal.publicExponent instanceof Uint8Array)) {
        throw memberError('publicExponent', dictionary, 'is not an Uint8Array object.');
      }
      break;
    case 'RsaPssParams':
      normal.saltLength = unsignedLong(normal.saltLength, 'saltLength', dictionary);
      break;
    case 'RsaOaepParams':
      if (normal.label !== undefined && !(normal.label instanceof ArrayBuffer) && !ArrayBuffer.isView(normal.label)) {
        throw memberError('label', dictionary, 'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
      break;
    case 'EcKeyGenParams':
    case 'EcKeyImportParams':
      normal.namedCurve = String(normal.namedCurve);
      if (namedCurves[normal.namedCurve] === undefined) throw domException('Unrecognized namedCurve', 'NotSupportedError');
      break;
    case 'EcdhKeyDeriveParams':
      if (!(normal.public instanceof CryptoKey)) throw memberError('public', dictionary, 'is not of type CryptoKey.');
      break;
  }
}

function normalizeAlgorithm(algorithm, operation) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  if (algorithm === null || typeof algorithm !== 'object') {
    throw webidlError("Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
      'because it is not an object.', 'ERR_INVALID_ARG_TYPE');
  }
  if (algorithm.name === undefined) {
    throw webidlError("Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
      "because 'name' is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
  }
  const table = operations[operation];
  const name = Object.keys(table).find((known) => known.toLowerCase() === String(algorithm.name).toLowerCase());
  if (name === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  const [dictionary, required] = table[name];
  for (const member of required) {
    if (algorithm[member] === undefined) {
      throw webidlError(`Failed to normalize algorithm: passed algorithm can not be converted to '${dictionary}' ` +
        `because '${member}' is required in '${dictionary}'.`, 'ERR_MISSING_OPTION');
    }
  }
  const normal = { ...algorithm, name };
  convertMembers(normal, dictionary);
  if (normal.hash !== undefined) normal.hash = normalizeHash(normal.hash);
  return normal;
}

function bufferSource(data, method, position) {
  if (isArrayBuffer(data)) return new Uint8Array(data.slice(0));
  if (ArrayBuffer.isView(data)) {
    if (isSharedArrayBuffer(data.buffer)) {
      throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is a view on a ` +
        'SharedArrayBuffer, which is not allowed.', 'ERR_INVALID_ARG_TYPE');
    }
    return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  }
  throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not instance of ` +
    'ArrayBuffer, Buffer, TypedArray, or DataView.', 'ERR_INVALID_ARG_TYPE');
}

// A member of an algorithm that must be a BufferSource, as its bytes.
function memberBytes(value, name) {
  if (isArrayBuffer(value)) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw webidlError(`Failed to normalize algorithm: ${name} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
    'ERR_INVALID_ARG_TYPE');
}

function arrayBufferOf(bytes) {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

function checkUsages(usages, allowed, what) {
  const set = new Set(usages);
  for (const usage of set) {
    if (!allowed.includes(usage)) throw domException(`Unsupported key usage for ${what}`, 'SyntaxError');
  }
  return [...set];
}

const aesUsages = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];

function base64url(bytes) {
  return Buffer.from(bytes).toString('base64url');
}

// --- importKey ---

function jwkBytes(jwk, usages, extractable, use) {
  if (jwk === null || typeof jwk !== 'object' || !jwk.kty) throw domException('Invalid keyData', 'DataError');
  if (jwk.kty !== 'oct') throw domException('Invalid JWK "kty" Parameter', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw domException('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw domException('Invalid JWK "key_ops" Parameter', 'DataError');
    for (const usage of usages) {
      if (!jwk.key_ops.includes(usage)) throw domException('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext === false && extractable === true) {
    throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
  if (typeof jwk.k !== 'string') throw domException('Invalid keyData', 'DataError');
  return new Uint8Array(Buffer.from(jwk.k, 'base64url'));
}

function importSecret(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  // keyObject: a SecretKeyObject given to toCryptoKey, kept as the key's own.
  let keyObject;
  if (format === 'KeyObject') {
    keyObject = keyData;
    keyData = new Uint8Array(keyObject.export());
    format = 'raw';
  }
  let key;
  if (name === 'HMAC') {
    usages = checkUsages(usages, ['sign', 'verify'], 'HMAC key');
    let bytes;
    if (format === 'raw') {
      bytes = keyData;
    } else if (format === 'jwk') {
      bytes = jwkBytes(keyData, usages, extractable, 'sig');
      if (keyData.alg !== undefined && !algorithm.hash.name.startsWith('SHA3') && keyData.alg !== jwkHmac[algorithm.hash.name]) {
        throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
    } else {
      throw domException(`Unable to import HMAC key with format ${format}`, 'NotSupportedError');
    }
    const length = bytes.byteLength * 8;
    if (length === 0) throw domException('Zero-length key is not supported', 'DataError');
    if (algorithm.length === 0) throw domException('HmacImportParams.length cannot be 0', 'DataError');
    if (algorithm.length !== undefined && algorithm.length !== length) throw domException('Invalid key length', 'DataError');
    key = makeKey(bytes, { name, length, hash: algorithm.hash }, extractable, usages, keyObject);
  } else if (name.startsWith('AES-')) {
    usages = checkUsages(usages, aesUsages, 'an AES key');
    let bytes;
    if (format === 'raw') {
      bytes = keyData;
    } else if (format === 'jwk') {
      bytes = jwkBytes(keyData, usages, extractable, 'enc');
    } else {
      throw domException(`Unable to import AES key with format ${format}`, 'NotSupportedError');
    }
    const length = bytes.byteLength * 8;
    if (length !== 128 && length !== 192 && length !== 256) throw domException('Invalid key length', 'DataError');
    if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== `A${length}${name.slice(4)}`) {
      throw domException('Algorithm mismatch', 'DataError');
    }
    key = makeKey(bytes, { name, length }, extractable, usages, keyObject);
  } else {
    // PBKDF2 and HKDF: raw key material that never leaves.
    if (format !== 'raw') throw domException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    usages = checkUsages(usages, ['deriveKey', 'deriveBits'], `a ${name} key`);
    if (extractable) throw domException(`${name} keys are not extractable`, 'SyntaxError');
    key = makeKey(keyData, { name }, false, usages, keyObject);
  }
  return key;
}

// What each asymmetric algorithm allows a public and a private key.
function allowedUsages(name, isPublic) {
  switch (name) {
    case 'RSA-OAEP': return isPublic ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey'];
    case 'ECDH': case 'X25519': return isPublic ? [] : ['deriveKey', 'deriveBits'];
    default: return isPublic ? ['verify'] : ['sign'];
  }
}

function checkImportUsages(name, isPublic, usages) {
  const article = name === 'RSASSA-PKCS1-v1_5' || name.startsWith('RSA-') ? 'an' : 'a';
  return checkUsages(usages, allowedUsages(name, isPublic), `${article} ${name} key`);
}

// The JWK members every asymmetric import checks, in Node's order.
function checkJwk(jwk, name, usages, extractable) {
  const use = name === 'RSA-OAEP' || name === 'ECDH' || name === 'X25519' ? 'enc' : 'sig';
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw domException('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw domException('Invalid JWK "key_ops" Parameter', 'DataError');
    for (const usage of usages) {
      if (!jwk.key_ops.includes(usage)) throw domException('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext === false && extractable === true) {
    throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

// A KeyObject from DER or a JWK; any failure is WebCrypto's DataError.
function keyObjectFrom(create, key) {
  try {
    return create(key);
  } catch (error) {
    throw domException('Invalid keyData', 'DataError', error);
  }
}

function der(tag, ...parts) {
  const body = Buffer.concat(parts.map((part) => Buffer.from(part)));
  let length;
  if (body.length < 0x80) length = [body.length];
  else if (body.length < 0x100) length = [0x81, body.length];
  else length = [0x82, body.length >> 8, body.length & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

// SubjectPublicKeyInfo's AlgorithmIdentifier of each raw public key.
const spkiAlgorithms = {
  'P-256': der(0x30, der(0x06, [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]), der(0x06, [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07])),
  'P-384': der(0x30, der(0x06, [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]), der(0x06, [0x2b, 0x81, 0x04, 0x00, 0x22])),
  'P-521': der(0x30, der(0x06, [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]), der(0x06, [0x2b, 0x81, 0x04, 0x00, 0x23])),
  'Ed25519': der(0x30, der(0x06, [0x2b, 0x65, 0x70])),
  'X25519': der(0x30, der(0x06, [0x2b, 0x65, 0x6e])),
};

// A public KeyObject from the raw key (an EC point, an OKP public key).
function rawPublicKey(kind, bytes) {
  const spki = der(0x30, spkiAlgorithms[kind], der(0x03, [0], bytes));
  try {
    return keys.createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    // Node reads raw keys itself: its DataError has no cause.
    throw domException('Invalid keyData', 'DataError');
  }
}

function importDer(format, keyData) {
  if (format === 'spki') return keyObjectFrom(keys.createPublicKey, { key: keyData, format: 'der', type: 'spki' });
  return keyObjectFrom(keys.createPrivateKey, { key: keyData, format: 'der', type: 'pkcs8' });
}

// A KeyObject, SPKI or PKCS#8 import reads the same for every asymmetric
// algorithm: usages checked for the key's side first, then the key.
function importKeyObjectOrDer(name, format, keyData, usages) {
  if (format === 'KeyObject') return [keyData, checkImportUsages(name, keyData.type === 'public', usages)];
  const checked = checkImportUsages(name, format === 'spki', usages);
  return [importDer(format, keyData), checked];
}

function importRsa(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  let keyObject;
  switch (format) {
    case 'KeyObject':
    case 'spki':
    case 'pkcs8':
      [keyObject, usages] = importKeyObjectOrDer(name, format, keyData, usages);
      break;
    case 'jwk': {
      if (!keyData.kty) throw domException('Invalid keyData', 'DataError');
      if (keyData.kty !== 'RSA') throw domException('Invalid JWK "kty" Parameter', 'DataError');
      const isPublic = keyData.d === undefined;
      usages = checkImportUsages(name, isPublic, usages);
      checkJwk(keyData, name, usages, extractable);
      if (keyData.alg !== undefined && !algorithm.hash.name.startsWith('SHA3') && keyData.alg !== jwkRsa[name][algorithm.hash.name]) {
        throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = keyObjectFrom(isPublic ? keys.createPublicKey : keys.createPrivateKey, { key: keyData, format: 'jwk' });
      break;
    }
    default:
      throw domException(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'rsa') throw domException('Invalid key type', 'DataError');
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  const exponent = [];
  for (let value = publicExponent; value > 0n; value >>= 8n) exponent.unshift(Number(value & 0xffn));
  return makeAsymKey(keyObject, { name, modulusLength, publicExponent: new Uint8Array(exponent), hash: algorithm.hash },
    extractable, usages);
}

const jwkEcdsaAlg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

function importEc(format, keyData, algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  let keyObject;
  switch (format) {
    case 'KeyObject':
    case 'spki':
    case 'pkcs8':
      [keyObject, usages] = importKeyObjectOrDer(name, format, keyData, usages);
      break;
    case 'jwk': {
      if (!keyData.kty) throw domException('Invalid keyData', 'DataError');
      if (keyData.kty !== 'EC') throw domException('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.crv !== namedCurve) throw domException('JWK "crv" does not match the requested algorithm', 'DataError');
      const isPublic = keyData.d === undefined;
      usages = checkImportUsages(name, isPublic, usages);
      checkJwk(keyData, name, usages, extractable);
      if (name === 'ECDSA' && keyData.alg !== undefined && keyData.alg !== jwkEcdsaAlg[namedCurve]) {
        throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = keyObjectFrom(isPublic ? keys.createPublicKey : keys.createPrivateKey, { key: keyData, format: 'jwk' });
      break;
    }
    case 'raw':
      usages = checkImportUsages(name, true, usages);
      keyObject = rawPublicKey(namedCurve, keyData);
      break;
  }
  if (keyObject.asymmetricKeyType !== 'ec') throw domException('Invalid key type', 'DataError');
  if (keyObject.asymmetricKeyDetails.namedCurve !== namedCurves[namedCurve]) {
    throw domException('Named curve mismatch', 'DataError');
  }
  return makeAsymKey(keyObject, { name, namedCurve }, extractable, usages);
}

function rawOkp(name, bytes) {
  if (bytes.byteLength !== 32) throw domException(`${name} raw keys must be exactly 32-bytes`, 'DataError');
  return rawPublicKey(name, bytes);
}

function importCfrg(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  let keyObject;
  switch (format) {
    case 'KeyObject':
    case 'spki':
    case 'pkcs8':
      [keyObject, usages] = importKeyObjectOrDer(name, format, keyData, usages);
      break;
    case 'jwk': {
      if (!keyData.kty) throw domException('Invalid keyData', 'DataError');
      if (keyData.kty !== 'OKP') throw domException('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.crv !== name) throw domException('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      const isPublic = keyData.d === undefined;
      usages = checkImportUsages(name, isPublic, usages);
      checkJwk(keyData, name, usages, extractable);
      if (keyData.alg !== undefined && (name === 'X25519' || (keyData.alg !== 'Ed25519' && keyData.alg !== 'EdDSA'))) {
        throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      if (typeof keyData.x !== 'string' || (!isPublic && typeof keyData.d !== 'string')) {
        // The KeyObject parser says which member is wrong (the cause).
        keyObjectFrom(keys.createPrivateKey, { key: { kty: 'OKP', crv: name, x: keyData.x, d: keyData.d }, format: 'jwk' });
      }
      const publicKey = rawOkp(name, Buffer.from(keyData.x, 'base64url'));
      if (isPublic) {
        keyObject = publicKey;
      } else {
        keyObject = keyObjectFrom(keys.createPrivateKey, { key: { kty: 'OKP', crv: name, x: keyData.x, d: keyData.d }, format: 'jwk' });
        if (!keys.createPublicKey(keyObject).equals(publicKey)) throw domException('Invalid keyData', 'DataError');
      }
      break;
    }
    case 'raw':
      usages = checkImportUsages(name, true, usages);
      keyObject = rawOkp(name, keyData);
      break;
  }
  if (keyObject.asymmetricKeyType !== name.toLowerCase()) throw domException('Invalid key type', 'DataError');
  return makeAsymKey(keyObject, { name }, extractable, usages);
}

// The formats each kind of algorithm imports; 'raw-secret' and 'raw-public'
// are 'raw' under Node 24's newer names (and Node takes both for EC and
// OKP public keys, and 'raw-public' for PBKDF2/HKDF).
function importFormats(name) {
  if (rsaNames.includes(name)) return ['spki', 'pkcs8', 'jwk'];
  if (ecNames.includes(name) || cfrgNames.includes(name)) return ['raw', 'raw-secret', 'raw-public', 'spki', 'pkcs8', 'jwk'];
  if (name === 'PBKDF2' || name === 'HKDF') return ['raw', 'raw-secret', 'raw-public'];
  return ['raw', 'raw-secret', 'jwk'];
}

function importAny(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (format !== 'KeyObject') {
    if (!importFormats(name).includes(format)) {
      throw domException(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
    }
    if (format.startsWith('raw')) format = 'raw';
  }
  if (rsaNames.includes(name)) return importRsa(format, keyData, algorithm, extractable, usages);
  if (ecNames.includes(name)) return importEc(format, keyData, algorithm, extractable, usages);
  if (cfrgNames.includes(name)) return importCfrg(format, keyData, algorithm, extractable, usages);
  return importSecret(format, keyData, algorithm, extractable, usages);
}

// Secret and private keys must be good for something.
function checkImportedUsages(key) {
  if (key.type !== 'public' && key.usages.length === 0) {
    throw domException(`Usages cannot be empty when importing a ${key.type} key.`, 'SyntaxError');
  }
  return key;
}

function keyDataOf(format, keyData) {
  if (format === 'jwk') {
    if (keyData === null || typeof keyData !== 'object' || ArrayBuffer.isView(keyData) || isArrayBuffer(keyData)) {
      throw webidlError("Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument is not of type JsonWebKey.",
        'ERR_INVALID_ARG_TYPE');
    }
    return keyData;
  }
  return bufferSource(keyData, 'importKey', '2nd');
}

const keyFormats = ['raw', 'raw-secret', 'raw-public', 'raw-private', 'raw-seed', 'pkcs8', 'spki', 'jwk'];

function checkFormat(format, method) {
  if (!keyFormats.includes(format)) {
    throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': 1st argument value '${format}' is not a valid ` +
      'enum value of type KeyFormat.', 'ERR_INVALID_ARG_VALUE');
  }
}

function usagesArg(usages, method, position) {
  if (usages === null || typeof usages !== 'object' || typeof usages[Symbol.iterator] !== 'function') {
    throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument can not be converted to ` +
      'sequence.', 'ERR_INVALID_ARG_TYPE');
  }
  return [...usages].map(String);
}

function missingArgs(method, required, present) {
  return webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${required} arguments required, but only ` +
    `${present} present.`, 'ERR_MISSING_ARGS');
}

async function importKey(format, keyData, algorithm, extractable, keyUsages) {
  if (arguments.length < 5) throw missingArgs('importKey', 5, arguments.length);
  format = String(format);
  checkFormat(format, 'importKey');
  keyData = keyDataOf(format, keyData);
  algorithm = normalizeAlgorithm(algorithm, 'importKey');
  const usages = usagesArg(keyUsages, 'importKey', '5th');
  return checkImportedUsages(importAny(format, keyData, algorithm, Boolean(extractable), usages));
}

// keyObject.toCryptoKey(): importKey of the KeyObject itself, synchronously.
function fromKeyObject(keyObject, algorithm, extractable, keyUsages) {
  algorithm = normalizeAlgorithm(algorithm, 'importKey');
  const usages = usagesArg(keyUsages, 'toCryptoKey', '3rd');
  const isSecretAlgorithm = !rsaNames.includes(algorithm.name) && !ecNames.includes(algorithm.name) &&
    !cfrgNames.includes(algorithm.name);
  if (isSecretAlgorithm !== (keyObject.type === 'secret')) {
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return checkImportedUsages(importAny('KeyObject', keyObject, algorithm, Boolean(extractable), usages));
}

// --- exportKey ---

// Field sizes, for the raw EC point at the end of an SPKI.
const curveFieldBytes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

function exportAsym(format, state, asked) {
  const { name } = state.algorithm;
  const { keyObject, type } = state;
  const unable = () => domException(`Unable to export ${name} ${type} key using ${asked} format`, 'NotSupportedError');
  switch (format) {
    case 'spki':
      if (type !== 'public') throw unable();
      return keyObject.export({ format: 'der', type: 'spki' });
    case 'pkcs8':
      if (type !== 'private') throw unable();
      return keyObject.export({ format: 'der', type: 'pkcs8' });
    case 'raw': {
      if (type !== 'public' || rsaNames.includes(name)) throw unable();
      const spki = keyObject.export({ format: 'der', type: 'spki' });
      const size = ecNames.includes(name) ? 1 + 2 * curveFieldBytes[state.algorithm.namedCurve] : 32;
      return spki.subarray(spki.byteLength - size);
    }
    case 'jwk': {
      const members = keyObject.export({ format: 'jwk' });
      const jwk = { key_ops: [...state.usages], ext: state.extractable };
      if (rsaNames.includes(name)) {
        const alg = jwkRsa[name][state.algorithm.hash.name];
        if (alg !== undefined) jwk.alg = alg;
        return Object.assign(jwk, members);
      }
      if (ecNames.includes(name)) {
        const { x, y, d } = members;
        Object.assign(jwk, { kty: 'EC', x, y, crv: state.algorithm.namedCurve });
        if (d !== undefined) jwk.d = d;
        return jwk;
      }
      if (name === 'Ed25519') jwk.alg = 'Ed25519';
      jwk.crv = name;
      if (members.d !== undefined) jwk.d = members.d;
      jwk.x = members.x;
      jwk.kty = 'OKP';
      return jwk;
    }
    default:
      throw unable();
  }
}

function exportAny(format, state) {
  const { name } = state.algorithm;
  const asked = format;
  if (format === (state.type === 'secret' ? 'raw-secret' : 'raw-public')) format = 'raw';
  if (state.type !== 'secret') {
    const result = exportAsym(format, state, asked);
    return format === 'jwk' ? result : arrayBufferOf(result);
  }
  if (format === 'raw') return arrayBufferOf(state.bytes);
  if (format === 'jwk') {
    const jwk = { key_ops: [...state.usages], ext: state.extractable };
    const alg = name === 'HMAC' ? jwkHmac[state.algorithm.hash.name] : `A${state.algorithm.length}${name.slice(4)}`;
    if (alg !== undefined) jwk.alg = alg;
    jwk.kty = 'oct';
    jwk.k = base64url(state.bytes);
    return jwk;
  }
  throw domException(`Unable to export ${name} secret key using ${asked} format`, 'NotSupportedError');
}

async function exportKey(format, key) {
  if (arguments.length < 2) throw missingArgs('exportKey', 2, arguments.length);
  format = String(format);
  checkFormat(format, 'exportKey');
  const state = keyState(key, '2nd', 'exportKey');
  if (!state.extractable) throw domException('key is not extractable', 'InvalidAccessException');
  return exportAny(format, state);
}

// --- sign / verify ---

function hmac(state, data) {
  const handle = binding.hmacNew(digestOf(state.algorithm.hash), state.bytes);
  if (!handle) throw operationFailed();
  binding.hashUpdate(handle, data);
  return binding.hashDigest(handle);
}

// Node's digest name of a WebCrypto hash ('SHA-256' -> 'sha256').
function digestOf(hash) {
  return nodeDigests[hash.name];
}

const RSA_PKCS1_PSS_PADDING = 6;
const RSA_PKCS1_OAEP_PADDING = 4;

// The digest and KeyObject sign/verify options of an asymmetric algorithm.
function signParams(algorithm, state) {
  const key = state.keyObject;
  switch (algorithm.name) {
    case 'ECDSA': return [digestOf(algorithm.hash), { key, dsaEncoding: 'ieee-p1363' }];
    case 'Ed25519': return [null, key];
    case 'RSA-PSS':
      return [digestOf(state.algorithm.hash), { key, padding: RSA_PKCS1_PSS_PADDING, saltLength: algorithm.saltLength }];
    default: return [digestOf(state.algorithm.hash), key];
  }
}

// RSA-PSS's salt must fit beside the digest in the modulus.
function checkSaltLength(algorithm, state) {
  if (algorithm.name !== 'RSA-PSS') return;
  const max = Math.ceil((state.algorithm.modulusLength - 1) / 8) - binding.digestSize(digestOf(state.algorithm.hash)) - 2;
  try {
    validateInt32(algorithm.saltLength, 'algorithm.saltLength', 0, max);
  } catch (error) {
    throw operationFailed(error);
  }
}

function asymSign(algorithm, state, data) {
  if (state.type !== 'private') throw domException('Key must be a private key', 'InvalidAccessError');
  checkSaltLength(algorithm, state);
  const [digest, options] = signParams(algorithm, state);
  try {
    return keys.sign(digest, data, options);
  } catch (error) {
    throw operationFailed(error);
  }
}

function asymVerify(algorithm, state, signature, data) {
  if (state.type !== 'public') throw domException('Key must be a public key', 'InvalidAccessError');
  checkSaltLength(algorithm, state);
  const [digest, options] = signParams(algorithm, state);
  try {
    return keys.verify(digest, data, options, signature);
  } catch (error) {
    throw operationFailed(error);
  }
}

async function sign(algorithm, key, data) {
  if (arguments.length < 3) throw missingArgs('sign', 3, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'sign');
  const state = keyState(key, '2nd', 'sign');
  data = bufferSource(data, 'sign', '3rd');
  if (!state.usages.includes('sign') || state.algorithm.name !== algorithm.name) {
    throw domException('Unable to use this key to sign', 'InvalidAccessError');
  }
  if (state.type !== 'secret') return arrayBufferOf(asymSign(algorithm, state, data));
  return arrayBufferOf(hmac(state, data));
}

async function verify(algorithm, key, signature, data) {
  if (arguments.length < 4) throw missingArgs('verify', 4, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'verify');
  const state = keyState(key, '2nd', 'verify');
  signature = bufferSource(signature, 'verify', '3rd');
  data = bufferSource(data, 'verify', '4th');
  if (!state.usages.includes('verify') || state.algorithm.name !== algorithm.name) {
    throw domException('Unable to use this key to verify', 'InvalidAccessError');
  }
  if (state.type !== 'secret') return asymVerify(algorithm, state, signature, data);
  const expected = hmac(state, data);
  return expected.byteLength === signature.byteLength && binding.timingSafeEqual(expected, signature);
}

// --- encrypt / decrypt ---

const gcmTagLengths = [32, 64, 96, 104, 112, 120, 128];
const operationFailed = (cause) => domException('The operation failed for an operation-specific reason', 'OperationError', cause);

function runCipher(cipher, data) {
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

// AES-CTR with only the low `length` bits of the counter counting: split
// where they wrap, as WebCrypto requires.
function aesCtr(state, counter, length, data) {
  const name = `aes-${state.algorithm.length}-ctr`;
  const mask = (1n << BigInt(length)) - 1n;
  let block = BigInt(`0x${Buffer.from(counter).toString('hex')}`);
  const parts = [];
  let offset = 0;
  while (offset < data.byteLength) {
    const left = (mask - (block & mask) + 1n) * 16n;
    const size = Number(left < BigInt(data.byteLength - offset) ? left : BigInt(data.byteLength - offset));
    const iv = Buffer.from(block.toString(16).padStart(32, '0'), 'hex');
    parts.push(runCipher(createCipheriv(name, state.bytes, iv), data.subarray(offset, offset + size)));
    offset += size;
    block &= ~mask;
  }
  return Buffer.concat(parts);
}

function aesCipher(encrypt, algorithm, state, data) {
  const { name, length: keyLength } = state.algorithm;
  switch (name) {
    case 'AES-CBC': {
      const iv = memberBytes(algorithm.iv, 'algorithm.iv');
      if (iv.byteLength !== 16) throw domException('algorithm.iv must contain exactly 16 bytes', 'OperationError');
      const make = encrypt ? createCipheriv : createDecipheriv;
      try {
        return runCipher(make(`aes-${keyLength}-cbc`, state.bytes, iv), data);
      } catch (error) {
        throw operationFailed(error);
      }
    }
    case 'AES-CTR': {
      const counter = memberBytes(algorithm.counter, 'algorithm.counter');
      if (counter.byteLength !== 16) throw domException('algorithm.counter must contain exactly 16 bytes', 'OperationError');
      const { length } = algorithm;
      if (typeof length !== 'number' || length <= 0 || length > 128) {
        throw domException('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
      }
      return aesCtr(state, counter, length, data);
    }
    case 'AES-GCM': {
      const tagLength = algorithm.tagLength ?? 128;
      if (!gcmTagLengths.includes(tagLength)) {
        throw domException(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
      }
      const iv = memberBytes(algorithm.iv, 'algorithm.iv');
      const aad = algorithm.additionalData === undefined ? undefined : memberBytes(algorithm.additionalData, 'algorithm.additionalData');
      const tagBytes = tagLength / 8;
      const cipherName = `aes-${keyLength}-gcm`;
      if (encrypt) {
        const cipher = createCipheriv(cipherName, state.bytes, iv, { authTagLength: tagBytes });
        if (aad !== undefined) cipher.setAAD(aad);
        const sealed = runCipher(cipher, data);
        return Buffer.concat([sealed, cipher.getAuthTag()]);
      }
      if (data.byteLength < tagBytes) throw domException('The provided data is too small.', 'OperationError');
      const decipher = createDecipheriv(cipherName, state.bytes, iv, { authTagLength: tagBytes });
      if (aad !== undefined) decipher.setAAD(aad);
      decipher.setAuthTag(data.subarray(data.byteLength - tagBytes));
      try {
        return runCipher(decipher, data.subarray(0, data.byteLength - tagBytes));
      } catch (error) {
        throw operationFailed(error);
      }
    }
  }
}

function rsaOaep(encrypt, algorithm, state, data) {
  if (state.type !== (encrypt ? 'public' : 'private')) {
    throw domException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  const options = { key: state.keyObject, padding: RSA_PKCS1_OAEP_PADDING, oaepHash: digestOf(state.algorithm.hash) };
  if (algorithm.label !== undefined) options.oaepLabel = memberBytes(algorithm.label, 'algorithm.label');
  try {
    return (encrypt ? keys.publicEncrypt : keys.privateDecrypt)(options, data);
  } catch (error) {
    throw operationFailed(error);
  }
}

// encrypt/decrypt, and the cipher step of wrapKey/unwrapKey (`usage`).
function runCipherOperation(encrypt, usage, algorithm, state, data) {
  if (algorithm.name !== state.algorithm.name || !state.usages.includes(usage)) {
    throw domException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (algorithm.name === 'RSA-OAEP') return rsaOaep(encrypt, algorithm, state, data);
  return aesCipher(encrypt, algorithm, state, data);
}

function cipherMethod(method) {
  return async function (algorithm, key, data) {
    if (arguments.length < 3) throw missingArgs(method, 3, arguments.length);
    algorithm = normalizeAlgorithm(algorithm, method);
    const state = keyState(key, '2nd', method);
    data = bufferSource(data, method, '3rd');
    return arrayBufferOf(runCipherOperation(method === 'encrypt', method, algorithm, state, data));
  };
}

// --- wrapKey / unwrapKey ---

async function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  if (arguments.length < 4) throw missingArgs('wrapKey', 4, arguments.length);
  format = String(format);
  checkFormat(format, 'wrapKey');
  const state = keyState(key, '2nd', 'wrapKey');
  const wrapping = keyState(wrappingKey, '3rd', 'wrapKey');
  const algorithm = normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
  if (!state.extractable) throw domException('key is not extractable', 'InvalidAccessException');
  let bytes = exportAny(format, state);
  bytes = format === 'jwk' ? Buffer.from(JSON.stringify(bytes)) : new Uint8Array(bytes);
  return arrayBufferOf(runCipherOperation(true, 'wrapKey', algorithm, wrapping, bytes));
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
  if (arguments.length < 7) throw missingArgs('unwrapKey', 7, arguments.length);
  format = String(format);
  checkFormat(format, 'unwrapKey');
  wrappedKey = bufferSource(wrappedKey, 'unwrapKey', '2nd');
  const unwrapping = keyState(unwrappingKey, '3rd', 'unwrapKey');
  const algorithm = normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
  const importAlgorithm = normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
  const usages = usagesArg(keyUsages, 'unwrapKey', '7th');
  let keyData = runCipherOperation(false, 'unwrapKey', algorithm, unwrapping, wrappedKey);
  if (format === 'jwk') {
    try {
      keyData = JSON.parse(new (require('internal/encoding').TextDecoder)('utf-8', { fatal: true }).decode(keyData));
    } catch {
      throw domException('Invalid wrapped JWK key', 'DataError');
    }
  } else {
    keyData = new Uint8Array(keyData);
  }
  return checkImportedUsages(importAny(format, keyData, importAlgorithm, Boolean(extractable), usages));
}

// --- generateKey ---

function generatePair(algorithm, extractable, usages) {
  const { name } = algorithm;
  let type;
  let options;
  let keyAlgorithm;
  if (rsaNames.includes(name)) {
    usages = checkUsages(usages, name === 'RSA-OAEP' ? aesUsages : ['sign', 'verify'], 'a RSA key');
    let publicExponent = 0;
    for (const byte of algorithm.publicExponent) publicExponent = publicExponent * 256 + byte;
    if (publicExponent > 0xffffffff) {
      throw domException('The publicExponent must be equivalent to an unsigned 32-bit value', 'OperationError');
    }
    type = 'rsa';
    options = { modulusLength: algorithm.modulusLength, publicExponent };
    keyAlgorithm = {
      name,
      modulusLength: algorithm.modulusLength,
      publicExponent: new Uint8Array(algorithm.publicExponent),
      hash: algorithm.hash,
    };
  } else if (ecNames.includes(name)) {
    usages = checkUsages(usages, name === 'ECDH' ? ['deriveKey', 'deriveBits'] : ['sign', 'verify'], `an ${name} key`);
    type = 'ec';
    options = { namedCurve: algorithm.namedCurve };
    keyAlgorithm = { name, namedCurve: algorithm.namedCurve };
  } else {
    usages = checkUsages(usages, name === 'X25519' ? ['deriveKey', 'deriveBits'] : ['sign', 'verify'], `an ${name} key`);
    type = name.toLowerCase();
    keyAlgorithm = { name };
  }
  let pair;
  try {
    pair = keys.generateKeyPairSync(type, options);
  } catch (error) {
    throw operationFailed(error);
  }
  const publicUsages = usages.filter((usage) => allowedUsages(name, true).includes(usage));
  const privateUsages = usages.filter((usage) => allowedUsages(name, false).includes(usage));
  return {
    __proto__: null,
    publicKey: makeAsymKey(pair.publicKey, keyAlgorithm, true, publicUsages),
    privateKey: makeAsymKey(pair.privateKey, keyAlgorithm, extractable, privateUsages),
  };
}

async function generateKey(algorithm, extractable, keyUsages) {
  if (arguments.length < 3) throw missingArgs('generateKey', 3, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'generateKey');
  extractable = Boolean(extractable);
  let usages = usagesArg(keyUsages, 'generateKey', '3rd');
  if (!['HMAC', 'AES-CTR', 'AES-CBC', 'AES-GCM'].includes(algorithm.name)) {
    const pair = generatePair(algorithm, extractable, usages);
    if (pair.privateKey.usages.length === 0) throw domException('Usages cannot be empty when creating a key.', 'SyntaxError');
    return pair;
  }
  let key;
  if (algorithm.name === 'HMAC') {
    usages = checkUsages(usages, ['sign', 'verify'], 'an HMAC key');
    const length = algorithm.length ?? hmacDefaultLength(algorithm.hash);
    const bytes = new Uint8Array(Math.ceil(length / 8));
    random.fill(bytes, 0, bytes.byteLength);
    key = makeKey(bytes, { name: 'HMAC', length, hash: algorithm.hash }, extractable, usages);
  } else {
    const { length } = algorithm;
    if (length !== 128 && length !== 192 && length !== 256) {
      throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
    usages = checkUsages(usages, aesUsages, 'an AES key');
    const bytes = new Uint8Array(length / 8);
    random.fill(bytes, 0, bytes.byteLength);
    key = makeKey(bytes, { name: algorithm.name, length }, extractable, usages);
  }
  if (key.usages.length === 0) throw domException('Usages cannot be empty when creating a key.', 'SyntaxError');
  return key;
}

// --- deriveBits / deriveKey ---

// ECDH and X25519: the shared secret, cut to `length` bits.
function agree(algorithm, state, length) {
  const other = algorithm.public[kKey];
  if (other.type !== 'public') throw domException('algorithm.public must be a public key', 'InvalidAccessError');
  if (state.type !== 'private') throw domException('baseKey must be a private key', 'InvalidAccessError');
  if (other.algorithm.name !== state.algorithm.name) throw domException('key algorithm mismatch', 'InvalidAccessError');
  if (other.algorithm.namedCurve !== state.algorithm.namedCurve) {
    throw domException('Named curve mismatch', 'InvalidAccessError');
  }
  let secret;
  try {
    secret = keys.diffieHellman({ privateKey: state.keyObject, publicKey: other.keyObject });
  } catch (error) {
    throw operationFailed(error);
  }
  if (length === null || length === undefined) return secret;
  if (length > secret.byteLength * 8) throw domException('derived bit length is too small', 'OperationError');
  const bits = new Uint8Array(secret.subarray(0, Math.ceil(length / 8)));
  if (length % 8) bits[bits.byteLength - 1] &= 0xff << (8 - (length % 8));
  return bits;
}

function derive(algorithm, state, length) {
  if (algorithm.name === 'ECDH' || algorithm.name === 'X25519') return agree(algorithm, state, length);
  if (length === 0) return new Uint8Array(0);
  if (length === null) throw domException('length cannot be null', 'OperationError');
  if (length % 8) throw domException('length must be a multiple of 8', 'OperationError');
  const hash = digestOf(algorithm.hash);
  if (algorithm.name === 'PBKDF2') {
    const salt = memberBytes(algorithm.salt, 'algorithm.salt');
    if (algorithm.iterations === 0) throw domException('iterations cannot be zero', 'OperationError');
    try {
      return pbkdf2Sync(state.bytes, salt, algorithm.iterations, length / 8, hash);
    } catch (error) {
      throw operationFailed(error);
    }
  }
  const salt = memberBytes(algorithm.salt, 'algorithm.salt');
  const info = memberBytes(algorithm.info, 'algorithm.info');
  try {
    return new Uint8Array(hkdfSync(hash, state.bytes, salt, info, length / 8));
  } catch (error) {
    throw operationFailed(error);
  }
}

function checkBaseKey(algorithm, state, usage) {
  if (!state.usages.includes(usage)) throw domException(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  if (state.algorithm.name !== algorithm.name) throw domException('Key algorithm mismatch', 'InvalidAccessError');
}

async function deriveBits(algorithm, baseKey, length = null) {
  if (arguments.length < 2) throw missingArgs('deriveBits', 2, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
  const state = keyState(baseKey, '2nd', 'deriveBits');
  checkBaseKey(algorithm, state, 'deriveBits');
  return arrayBufferOf(derive(algorithm, state, length));
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  if (arguments.length < 5) throw missingArgs('deriveKey', 5, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
  const state = keyState(baseKey, '2nd', 'deriveKey');
  const target = normalizeAlgorithm(derivedKeyAlgorithm, 'get key length');
  checkBaseKey(algorithm, state, 'deriveKey');
  let length;
  if (target.name === 'HMAC') {
    length = target.length ?? hmacDefaultLength(target.hash);
  } else if (target.name === 'PBKDF2' || target.name === 'HKDF') {
    length = null;
  } else {
    length = target.length;
    if (length !== 128 && length !== 192 && length !== 256) {
      throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
  }
  const bits = derive(algorithm, state, length);
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
}

module.exports = {
  CryptoKey,
  keyObjectOf,
  fromKeyObject,
  isCryptoKey: (value) => value instanceof CryptoKey,
  methods: {
    encrypt: cipherMethod('encrypt'),
    decrypt: cipherMethod('decrypt'),
    sign,
    verify,
    generateKey,
    deriveKey,
    deriveBits,
    importKey,
    exportKey,
    wrapKey,
    unwrapKey,
  },
};
