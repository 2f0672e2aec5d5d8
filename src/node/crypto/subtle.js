'use strict';

// SubtleCrypto with secret keys, as Node 24 implements it: HMAC
// (sign/verify), AES-CTR, AES-CBC and AES-GCM (encrypt/decrypt), PBKDF2
// and HKDF (deriveBits/deriveKey), with importKey/exportKey in the 'raw'
// and 'jwk' formats, generateKey, and CryptoKey. The arithmetic is the same
// as `createHmac`, `createCipheriv`, `pbkdf2` and `hkdf`; what is here is
// WebCrypto's algorithm normalization, key checks and DOMExceptions, in the
// order Node applies them.
//
// Not here: asymmetric keys (RSA, EC, Ed25519, X25519, ML-DSA, ...),
// AES-KW and wrapKey/unwrapKey, the 'spki'/'pkcs8' formats: those reject
// with NotSupportedError or ERR_METHOD_NOT_IMPLEMENTED.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { inspect } = require('internal/util/inspect');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
const { pbkdf2Sync, hkdfSync } = require('internal/crypto/kdf');
const random = require('internal/crypto/random');
// By engine class: an ArrayBuffer of a vm context is one too.
const { isArrayBuffer, isSharedArrayBuffer } = require('internal/util/types');

function domException(message, name) {
  const { DOMException } = require('internal/crypto/webcrypto');
  return new DOMException(message, name);
}

function webidlError(message, code) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

// --- CryptoKey ---

const kKey = Symbol('kKey');
const kCreate = Symbol('kCreate');

class CryptoKey {
  constructor(token, state) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kKey] = state;
  }

  get type() {
    return this[kKey].type;
  }

  get extractable() {
    return this[kKey].extractable;
  }

  get algorithm() {
    return this[kKey].algorithm;
  }

  get usages() {
    return this[kKey].usages;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({ type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages }, opts)}`;
  }
}

for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { __proto__: null, ...Object.getOwnPropertyDescriptor(CryptoKey.prototype, name), enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { __proto__: null, value: 'CryptoKey', configurable: true });

function makeKey(bytes, algorithm, extractable, usages) {
  return new CryptoKey(kCreate, { type: 'secret', bytes, algorithm, extractable, usages });
}

function keyState(key, position, method) {
  if (!(key instanceof CryptoKey)) {
    throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not of type CryptoKey.`,
      'ERR_INVALID_ARG_TYPE');
  }
  return key[kKey];
}

// --- algorithm normalization ---

const digestNames = new Map([['sha-1', 'SHA-1'], ['sha-256', 'SHA-256'], ['sha-384', 'SHA-384'], ['sha-512', 'SHA-512']]);
// The HMAC key length a hash implies: its block size in bits.
const hashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const jwkHmac = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };

// Per operation: each algorithm it takes and the WebIDL dictionary with its
// required members.
const operations = {
  importKey: {
    'HMAC': ['HmacImportParams', ['hash']],
    'AES-CTR': ['Algorithm', []],
    'AES-CBC': ['Algorithm', []],
    'AES-GCM': ['Algorithm', []],
    'PBKDF2': ['Algorithm', []],
    'HKDF': ['Algorithm', []],
  },
  sign: { 'HMAC': ['Algorithm', []] },
  verify: { 'HMAC': ['Algorithm', []] },
  encrypt: { 'AES-CTR': ['AesCtrParams', ['counter', 'length']], 'AES-CBC': ['AesCbcParams', ['iv']], 'AES-GCM': ['AesGcmParams', ['iv']] },
  generateKey: {
    'HMAC': ['HmacKeyGenParams', ['hash']],
    'AES-CTR': ['AesKeyGenParams', ['length']],
    'AES-CBC': ['AesKeyGenParams', ['length']],
    'AES-GCM': ['AesKeyGenParams', ['length']],
  },
  deriveBits: { 'PBKDF2': ['Pbkdf2Params', ['salt', 'iterations', 'hash']], 'HKDF': ['HkdfParams', ['hash', 'salt', 'info']] },
  'get key length': {
    'HMAC': ['HmacImportParams', ['hash']],
    'AES-CTR': ['AesDerivedKeyParams', ['length']],
    'AES-CBC': ['AesDerivedKeyParams', ['length']],
    'AES-GCM': ['AesDerivedKeyParams', ['length']],
  },
};
operations.decrypt = operations.encrypt;

function normalizeHash(hash) {
  const name = hash !== null && typeof hash === 'object' ? hash.name : hash;
  const normal = typeof name === 'string' ? digestNames.get(name.toLowerCase()) : undefined;
  if (normal === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return { name: normal };
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
  if (name === 'HMAC') {
    usages = checkUsages(usages, ['sign', 'verify'], 'HMAC key');
    let bytes;
    if (format === 'raw') {
      bytes = keyData;
    } else if (format === 'jwk') {
      bytes = jwkBytes(keyData, usages, extractable, 'sig');
      if (keyData.alg !== undefined && keyData.alg !== jwkHmac[algorithm.hash.name]) {
        throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
    } else {
      throw domException(`Unable to import HMAC key with format ${format}`, 'NotSupportedError');
    }
    const length = bytes.byteLength * 8;
    if (length === 0) throw domException('Zero-length key is not supported', 'DataError');
    if (algorithm.length !== undefined && algorithm.length !== length) throw domException('Invalid key length', 'DataError');
    return makeKey(bytes, { name, length, hash: algorithm.hash }, extractable, usages);
  }
  if (name.startsWith('AES-')) {
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
    return makeKey(bytes, { name, length }, extractable, usages);
  }
  // PBKDF2 and HKDF: raw key material that never leaves.
  if (format !== 'raw') throw domException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  usages = checkUsages(usages, ['deriveKey', 'deriveBits'], `a ${name} key`);
  if (extractable) throw domException(`${name} keys are not extractable`, 'SyntaxError');
  return makeKey(keyData, { name }, false, usages);
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

const keyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

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
  const key = importSecret(format, keyData, algorithm, Boolean(extractable), usagesArg(keyUsages, 'importKey', '5th'));
  if (key.usages.length === 0) throw domException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  return key;
}

// --- exportKey ---

async function exportKey(format, key) {
  if (arguments.length < 2) throw missingArgs('exportKey', 2, arguments.length);
  format = String(format);
  checkFormat(format, 'exportKey');
  const state = keyState(key, '2nd', 'exportKey');
  if (!state.extractable) throw domException('key is not extractable', 'InvalidAccessException');
  const { name } = state.algorithm;
  if (format === 'raw') return arrayBufferOf(state.bytes);
  if (format === 'jwk') {
    const jwk = { key_ops: [...state.usages], ext: state.extractable };
    jwk.alg = name === 'HMAC' ? jwkHmac[state.algorithm.hash.name] : `A${state.algorithm.length}${name.slice(4)}`;
    jwk.kty = 'oct';
    jwk.k = base64url(state.bytes);
    return jwk;
  }
  throw domException(`Unable to export ${name} secret key using ${format} format`, 'NotSupportedError');
}

// --- sign / verify ---

function hmac(state, data) {
  const handle = binding.hmacNew(state.algorithm.hash.name, state.bytes);
  binding.hashUpdate(handle, data);
  return binding.hashDigest(handle);
}

async function sign(algorithm, key, data) {
  if (arguments.length < 3) throw missingArgs('sign', 3, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'sign');
  const state = keyState(key, '2nd', 'sign');
  data = bufferSource(data, 'sign', '3rd');
  if (!state.usages.includes('sign') || state.algorithm.name !== algorithm.name) {
    throw domException('Unable to use this key to sign', 'InvalidAccessError');
  }
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
  const expected = hmac(state, data);
  return expected.byteLength === signature.byteLength && binding.timingSafeEqual(expected, signature);
}

// --- encrypt / decrypt ---

const gcmTagLengths = [32, 64, 96, 104, 112, 120, 128];
const operationFailed = () => domException('The operation failed for an operation-specific reason', 'OperationError');

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
      } catch {
        throw operationFailed();
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
      } catch {
        throw operationFailed();
      }
    }
  }
}

function cipherMethod(method) {
  return async function (algorithm, key, data) {
    if (arguments.length < 3) throw missingArgs(method, 3, arguments.length);
    algorithm = normalizeAlgorithm(algorithm, method);
    const state = keyState(key, '2nd', method);
    data = bufferSource(data, method, '3rd');
    if (algorithm.name !== state.algorithm.name || !state.usages.includes(method)) {
      throw domException('The requested operation is not valid for the provided key', 'InvalidAccessError');
    }
    return arrayBufferOf(aesCipher(method === 'encrypt', algorithm, state, data));
  };
}

// --- generateKey ---

async function generateKey(algorithm, extractable, keyUsages) {
  if (arguments.length < 3) throw missingArgs('generateKey', 3, arguments.length);
  algorithm = normalizeAlgorithm(algorithm, 'generateKey');
  extractable = Boolean(extractable);
  let usages = usagesArg(keyUsages, 'generateKey', '3rd');
  let key;
  if (algorithm.name === 'HMAC') {
    usages = checkUsages(usages, ['sign', 'verify'], 'an HMAC key');
    const length = algorithm.length ?? hashBlockBits[algorithm.hash.name];
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

function derive(algorithm, state, length) {
  if (length === 0) return new Uint8Array(0);
  if (length === null) throw domException('length cannot be null', 'OperationError');
  if (length % 8) throw domException('length must be a multiple of 8', 'OperationError');
  const hash = algorithm.hash.name;
  if (algorithm.name === 'PBKDF2') {
    const salt = memberBytes(algorithm.salt, 'algorithm.salt');
    if (algorithm.iterations === 0) throw domException('iterations cannot be zero', 'OperationError');
    try {
      return pbkdf2Sync(state.bytes, salt, algorithm.iterations, length / 8, hash);
    } catch {
      throw operationFailed();
    }
  }
  const salt = memberBytes(algorithm.salt, 'algorithm.salt');
  const info = memberBytes(algorithm.info, 'algorithm.info');
  try {
    return new Uint8Array(hkdfSync(hash, state.bytes, salt, info, length / 8));
  } catch {
    throw operationFailed();
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
    length = target.length ?? hashBlockBits[target.hash.name];
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
  },
};
