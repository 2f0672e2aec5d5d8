'use strict';
// Web Crypto as Node exposes it (`crypto.webcrypto`, the global `crypto`):
// the Crypto object with getRandomValues and randomUUID, and SubtleCrypto
// with digest (SHA-1, SHA-256, SHA-384, SHA-512) and the algorithms in
// subtle.js (HMAC, AES-CTR/CBC/GCM, PBKDF2, HKDF, RSA, ECDSA/ECDH,
// Ed25519/X25519, wrapKey/unwrapKey).
//
// NODE-DIFF: getPublicKey and the KEM methods return a promise rejected
// with ERR_METHOD_NOT_IMPLEMENTED. SHA3 and SHAKE digests are
// "Unrecognized algorithm name".

const binding = internalBinding('crypto');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const random = require('internal/crypto/random');
// By engine class: an ArrayBuffer of a vm context is one too.
const { isArrayBuffer, isSharedArrayBuffer } = require('internal/util/types');

// Legacy DOMException codes of the names we raise (WebIDL's table).
const domExceptionCodes = { NotSupportedError: 9, TypeMismatchError: 17, QuotaExceededError: 22, OperationError: 0 };

// NODE-DIFF: Node has a global DOMException; until the runtime has one, our
// errors come from this small stand-in with the same name, message, code
// and Error prototype chain.
const DOMException = globalThis.DOMException ?? class DOMException extends Error {
  #name;
  #code;
  constructor(message = '', name = 'Error') {
    super(message);
    this.#name = name;
    this.#code = domExceptionCodes[name] ?? 0;
  }

  get name() {
    return this.#name;
  }

  get code() {
    return this.#code;
  }

  static {
    Object.defineProperty(this.prototype, Symbol.toStringTag, { __proto__: null, value: 'DOMException', configurable: true });
  }
};

function domException(message, name) {
  return new DOMException(message, name);
}

// Node's WebIDL layer throws these: TypeErrors with a code and its own words.
function webidlError(message, code) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

function missingArgs(method, iface, required, present) {
  return webidlError(`Failed to execute '${method}' on '${iface}': ${required} argument${required === 1 ? '' : 's'} ` +
    `required, but only ${present} present.`, 'ERR_MISSING_ARGS');
}

// Only instances made here pass the brand checks (`this` must be ours).
const kBrand = Symbol('kBrand');

// Brand checks by private field: an object made with Reflect.construct
// and our prototype is not one of ours.
class SubtleCrypto {
  #brand;
  constructor(...args) {
    if (args[0] !== kBrand) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#brand = true;
  }

  static isSubtle(value) {
    return value !== null && typeof value === 'object' && #brand in value;
  }
}
const { isSubtle } = SubtleCrypto;
delete SubtleCrypto.isSubtle;

const digestNames = new Map([['sha-1', 'SHA-1'], ['sha-256', 'SHA-256'], ['sha-384', 'SHA-384'], ['sha-512', 'SHA-512']]);

function normalizeDigestAlgorithm(algorithm) {
  let name = algorithm;
  if (algorithm !== null && typeof algorithm === 'object') {
    name = algorithm.name;
    if (name === undefined) {
      throw webidlError("Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
        "because 'name' is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
    }
  }
  const normal = typeof name === 'string' ? digestNames.get(name.toLowerCase()) : undefined;
  if (normal === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return normal;
}

function bufferSourceBytes(data, method, position) {
  if (isArrayBuffer(data)) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) {
    if (isSharedArrayBuffer(data.buffer)) {
      throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is a view on a ` +
        'SharedArrayBuffer, which is not allowed.', 'ERR_INVALID_ARG_TYPE');
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw webidlError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not instance of ` +
    'ArrayBuffer, Buffer, TypedArray, or DataView.', 'ERR_INVALID_ARG_TYPE');
}

function checkSubtle(self) {
  if (!isSubtle(self)) throw new ERR_INVALID_THIS('SubtleCrypto');
}

Object.defineProperty(SubtleCrypto.prototype, 'digest', {
  __proto__: null,
  async value(algorithm, data) {
    checkSubtle(this);
    if (arguments.length < 2) throw missingArgs('digest', 'SubtleCrypto', 2, arguments.length);
    const name = normalizeDigestAlgorithm(algorithm);
    const bytes = binding.hashOnce(name, bufferSourceBytes(data, 'digest', '2nd'));
    return bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
  },
  writable: true,
  enumerable: true,
  configurable: true,
});

let subtleMethods;
function lazySubtle() {
  subtleMethods ??= require('internal/crypto/subtle');
  return subtleMethods;
}

for (const [method, length] of [
  ['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['generateKey', 3], ['deriveKey', 5],
  ['deriveBits', 2], ['importKey', 5], ['exportKey', 2], ['wrapKey', 4], ['unwrapKey', 7], ['getPublicKey', 2],
  ['encapsulateBits', 2], ['encapsulateKey', 4], ['decapsulateBits', 3], ['decapsulateKey', 5],
]) {
  const implemented = ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits', 'importKey',
    'exportKey', 'wrapKey', 'unwrapKey'].includes(method);
  const fn = {
    async [method](...args) {
      checkSubtle(this);
      if (!implemented) throw new ERR_METHOD_NOT_IMPLEMENTED(`SubtleCrypto.${method}`);
      return lazySubtle().methods[method](...args);
    },
  }[method];
  Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  Object.defineProperty(SubtleCrypto.prototype, method, { __proto__: null, value: fn, writable: true, enumerable: true, configurable: true });
}

const subtle = new SubtleCrypto(kBrand);

// getRandomValues integer types; Float32/64Array and DataView are refused.
const integerArrays = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array,
];

class Crypto {
  #brand;
  constructor(...args) {
    if (args[0] !== kBrand) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#brand = true;
  }

  static isCrypto(value) {
    return value !== null && typeof value === 'object' && #brand in value;
  }

  get subtle() {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw missingArgs('getRandomValues', 'Crypto', 1, 0);
    if (!integerArrays.some((Type) => array instanceof Type)) {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    random.fill(array, 0, array.byteLength);
    return array;
  }

  randomUUID() {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

const { isCrypto } = Crypto;
delete Crypto.isCrypto;

// Node's getters and methods are enumerable (WebIDL attributes).
for (const key of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, key, { __proto__: null, ...Object.getOwnPropertyDescriptor(Crypto.prototype, key), enumerable: true });
}
for (const Class of [Crypto, SubtleCrypto]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { __proto__: null, value: Class.name, configurable: true });
}

const crypto = new Crypto(kBrand);

module.exports = {
  crypto,
  Crypto,
  get CryptoKey() {
    return lazySubtle().CryptoKey;
  },
  SubtleCrypto,
  DOMException,
};
