'use strict';
// Key objects and what uses them: KeyObject (SecretKeyObject,
// PublicKeyObject, PrivateKeyObject), createSecretKey/createPublicKey/
// createPrivateKey from PEM, DER, JWK or another key, key.export() in every
// encoding Node allows, generateKeyPair(Sync) and generateKey(Sync),
// sign/verify and Sign/Verify, publicEncrypt/privateDecrypt/privateEncrypt/
// publicDecrypt and the stateless diffieHellman. The natives are in
// keyobject.rs (keys.rs parses and writes keys, sign.rs operates on them).
//
// Key types: rsa, rsa-pss, ec (P-256, P-384, P-521, secp256k1), ed25519,
// x25519, dsa, and the post-quantum ml-dsa-44/65/87, ml-kem-512/768/1024 and
// slh-dsa-* (pqc.rs), with encapsulate/decapsulate for ML-KEM and the
// DHKEM/RSASVE of rsa, P-256/384/521 and x25519 keys (kem.rs). Not here:
// ed448, x448, dh (their keys read as unsupported and keygen throws
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM with Node's wording); explicit EC
// parameters are written as named curves.
// NODE-DIFF: DSA key generation knows only the FIPS 186 sizes (1024/160,
// 2048/224, 2048/256, 3072/256), which the dsa crate generates.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_CRYPTO_OPERATION_FAILED,
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBuffer, validateFunction, validateInt32, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { getArrayBufferOrView, opensslError, normalizeEncoding } = require('internal/crypto/hash');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');

// Key input contexts, as Node names them.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

// OpenSSL's error numbers for the reasons we raise, so messages read the same.
const opensslNumbers = {
  'DECODER routines:unsupported': '1E08010C',
  'Provider routines:bad decrypt': '1C800064',
  'common libcrypto routines:interrupted or cancelled': '07880109',
  'rsa routines:data too large for key size': '0200006E',
  'rsa routines:data too large for modulus': '02000084',
  'rsa routines:data greater than mod len': '0200006C',
  'rsa routines:data len not equal to mod len': '02000070',
  'rsa routines:oaep decoding error': '02000079',
  'rsa routines:padding check failed': '02000072',
  'rsa routines:illegal or unsupported padding mode': '02000094',
  'rsa routines:unknown padding type': '02000076',
  'rsa routines:invalid salt length': '02000096',
  'rsa routines:data too small for key size': '0200007A',
  'digital envelope routines:operation not supported for this keytype': '03000096',
  'Provider routines:failed during derivation': '1C8000DE',
  'Provider routines:digest not allowed': '1C8000AE',
  'Provider routines:invalid digest': '1C80007A',
  'Provider routines:invalid key': '1C80009E',
  'Provider routines:operation not supported for this keytype': '1C8000B2',
};

// The library part of OpenSSL's error codes (ERR_OSSL_<LIB>_<REASON>);
// the provider and decoder libraries have none.
const opensslLibraries = {
  'rsa routines': 'RSA_', 'digital envelope routines': 'EVP_', 'common libcrypto routines': 'CRYPTO_',
  'PEM routines': 'PEM_', 'elliptic curve routines': 'EC_', 'dsa routines': 'DSA_', 'asn1 encoding routines': 'ASN1_',
};

function openssl(library, reason) {
  const number = opensslNumbers[`${library}:${reason}`] ?? '00000000';
  return opensslError(`error:${number}:${library}::${reason}`,
    `ERR_OSSL_${opensslLibraries[library] ?? ''}${reason.toUpperCase().replaceAll(' ', '_')}`, library, reason);
}

function nativeError(Class, code, message) {
  const error = new Class(message);
  error.code = code;
  return error;
}

// A native result, or the Node error its failure stands for.
function check(result) {
  if (!Array.isArray(result) || typeof result[0] !== 'string' || result.length > 3) return result;
  switch (result[0]) {
    case 'unsupported': throw openssl('DECODER routines', 'unsupported');
    case 'passphrase':
      if (result[1]) throw openssl('common libcrypto routines', 'interrupted or cancelled');
      throw nativeError(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
    case 'bad-decrypt': throw openssl('Provider routines', 'bad decrypt');
    case 'too-long': throw opensslError('error:0480006D:PEM routines::problems getting password',
      'ERR_OSSL_PEM_PROBLEMS_GETTING_PASSWORD', 'PEM routines', 'problems getting password');
    case 'unknown-cipher': throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case 'jwk': throw new ERR_CRYPTO_INVALID_JWK();
    case 'curve': throw new ERR_CRYPTO_INVALID_CURVE();
    case 'incompatible': throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('encoding', 'is not supported for this key');
    case 'openssl': throw openssl(result[1], result[2]);
    case 'other': throw new Error(result[1]);
    default: return result;
  }
}

function isStringOrBuffer(value) {
  return typeof value === 'string' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function isHandle(handle) {
  try {
    binding.keyInfo(handle);
    return true;
  } catch {
    return false;
  }
}

// --- KeyObject ---

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || handle === null || !isHandle(handle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    const { CryptoKey, keyObjectOf } = require('internal/crypto/subtle');
    if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return keyObjectOf(key);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return require('internal/crypto/subtle').fromKeyObject(this, algorithm, extractable, keyUsages);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return binding.keyInfo(this[kHandle])[1];
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        const bytes = Buffer.from(binding.keyExportSecret(this[kHandle]));
        return { kty: 'oct', k: bytes.toString('base64url') };
      }
    }
    const bytes = binding.keyExportSecret(this[kHandle]);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

// The post-quantum key types (pqc.rs), as Node names them.
const kMlDsaTypes = ['ml-dsa-44', 'ml-dsa-65', 'ml-dsa-87'];
const kMlKemTypes = ['ml-kem-512', 'ml-kem-768', 'ml-kem-1024'];
const kSlhDsaTypes = ['sha2-128f', 'sha2-128s', 'sha2-192f', 'sha2-192s', 'sha2-256f', 'sha2-256s',
  'shake-128f', 'shake-128s', 'shake-192f', 'shake-192s', 'shake-256f', 'shake-256s'].map((set) => `slh-dsa-${set}`);
const kPqcTypes = [...kMlDsaTypes, ...kMlKemTypes, ...kSlhDsaTypes];
// Types whose signatures take no digest (and ML-DSA/SLH-DSA a context).
const kContextTypes = [...kMlDsaTypes, ...kSlhDsaTypes];

const kJwkCurves = { prime256v1: 'P-256', secp256k1: 'secp256k1', secp384r1: 'P-384', secp521r1: 'P-521' };

// Node caches both on the object, where inspect shows them.
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] || (this[kAsymmetricKeyType] = binding.keyInfo(this[kHandle])[0]);
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa': case 'rsa-pss': case 'dsa': case 'ec': {
        if (this[kAsymmetricKeyDetails]) return this[kAsymmetricKeyDetails];
        const details = binding.keyDetails(this[kHandle]);
        if (details.publicExponent !== undefined) {
          let value = 0n;
          for (const byte of details.publicExponent) value = (value << 8n) | BigInt(byte);
          details.publicExponent = value;
        }
        return (this[kAsymmetricKeyDetails] = details);
      }
      default:
        return {};
    }
  }

  exportJwk() {
    const type = this.asymmetricKeyType;
    if (type === 'ec') {
      const curve = this.asymmetricKeyDetails.namedCurve;
      if (kJwkCurves[curve] === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(curve);
    } else if (!['rsa', 'ed25519', 'x25519', 'ed448', 'x448', ...kMlDsaTypes].includes(type)) {
      throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    }
    const members = binding.keyJwk(this[kHandle]);
    if (members === undefined && kMlDsaTypes.includes(type)) {
      // The AKP form carries the seed, which a key read without one lacks.
      throw new ERR_CRYPTO_OPERATION_FAILED('key does not have an available seed');
    }
    if (members === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    const jwk = {};
    for (let i = 0; i < members.length; i += 2) jwk[members[i]] = members[i + 1];
    return jwk;
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return this.exportJwk();
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exported(check(binding.keyExport(this[kHandle], false, format, type, undefined, undefined)));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return this.exportJwk();
    }
    const { format, type, cipher, passphrase } = parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exported(check(binding.keyExport(this[kHandle], true, format, type, cipher, passphrase)));
  }
}

function exported(value) {
  return typeof value === 'string' ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function isKeyObject(value) {
  return value instanceof KeyObject;
}

function isCryptoKey(value) {
  if (value === null || typeof value !== 'object') return false;
  const { CryptoKey } = require('internal/crypto/subtle');
  return value instanceof CryptoKey;
}

function keyObjectOfCryptoKey(key) {
  return require('internal/crypto/subtle').keyObjectOf(key);
}

// The KeyObject class for a native handle.
function wrapHandle(handle) {
  const [kind, isPrivate] = binding.keyInfo(handle);
  if (kind === 'secret') return new SecretKeyObject(handle);
  return isPrivate ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
}

// --- key encodings ---

function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem' || formatStr === 'der') return formatStr;
  if (formatStr === 'jwk' && defaultFormat === undefined) return formatStr;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return typeStr;
  }
  if (typeStr === 'spki' && isPublic !== false) return typeStr;
  if (typeStr === 'pkcs8' && isPublic !== true) return typeStr;
  if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return typeStr;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

// keyType undefined: an input encoding; otherwise an output one for that key type.
function parseKeyEncoding(enc, keyType, isPublic, objName) {
  if (enc === null || typeof enc !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', enc);
  const isInput = keyType === undefined;
  const format = parseKeyFormat(enc.format, isInput ? 'pem' : undefined, option('format', objName));
  const type = format === 'jwk' ? undefined :
    parseKeyType(enc.type, !isInput || format === 'der', keyType, isPublic, option('type', objName));
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher, passphrase };
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

function getKeyTypes(allowKeyObject, bufferOnly = false) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  if (!bufferOnly) types.push('string');
  if (!bufferOnly && allowKeyObject) types.push('KeyObject', 'CryptoKey');
  return types;
}

function keyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(false), key);
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
  }
  return key[kHandle];
}

function jwkHandle(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP', 'AKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  if (key.kty === 'AKP') {
    validateOneOf(key.alg, 'key.alg', ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']);
    validateString(key.pub, 'key.pub');
    if (!isPublic) validateString(key.priv, 'key.priv');
    return check(binding.keyFromJwk(key, !isPublic));
  }
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    if (key.crv === 'Ed448' || key.crv === 'X448') throw openssl('DECODER routines', 'unsupported');
    const expected = 32;
    const data = Buffer.from(isPublic ? key.x : key.d, 'base64');
    if (data.length !== expected) throw new ERR_CRYPTO_INVALID_JWK();
  } else if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
    if (!isPublic) validateString(key.d, 'key.d');
  } else {
    validateString(key.n, 'key.n');
    validateString(key.e, 'key.e');
    if (!isPublic) {
      for (const name of ['d', 'p', 'q', 'dp', 'dq', 'qi']) validateString(key[name], `key.${name}`);
    }
  }
  return check(binding.keyFromJwk(key, !isPublic));
}

// The native handle of a key argument, read in the given context.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return keyObjectHandle(key, ctx);
  if (isCryptoKey(key)) return keyObjectHandle(keyObjectOfCryptoKey(key), ctx);
  if (isStringOrBuffer(key)) {
    return parse(getArrayBufferOrView(key, 'key'), 'pem', undefined, undefined, ctx);
  }
  if (key !== null && typeof key === 'object') {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return keyObjectHandle(data, ctx);
    if (isCryptoKey(data)) return keyObjectHandle(keyObjectOfCryptoKey(data), ctx);
    if (format === 'jwk') return jwkHandle(data, ctx);
    if (!isStringOrBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE('key.key', getKeyTypes(ctx !== kCreatePrivate), data);
    }
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    const parsed = parseKeyEncoding(key, undefined, isPublic);
    return parse(getArrayBufferOrView(data, 'key', encoding), parsed.format, parsed.type, parsed.passphrase, ctx);
  }
  throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(ctx !== kCreatePrivate), key);
}

function parse(data, format, type, passphrase, ctx) {
  const wantPrivate = ctx === kConsumePrivate || ctx === kCreatePrivate;
  return check(binding.keyParse(data, format, type, passphrase, wantPrivate));
}

function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return Buffer.from(binding.keyExportSecret(key[kHandle]));
    }
    if (isCryptoKey(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return Buffer.from(binding.keyExportSecret(keyObjectOfCryptoKey(key)[kHandle]));
    }
  }
  if (!isStringOrBuffer(key)) throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(!bufferOnly, bufferOnly), key);
  return getArrayBufferOrView(key, 'key', encoding);
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(binding.keyCreateSecret(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)));
}

function createPublicKey(key) {
  let handle = prepareAsymmetricKey(key, kCreatePublic);
  if (binding.keyInfo(handle)[1]) handle = binding.keyToPublic(handle);
  return new PublicKeyObject(handle);
}

function createPrivateKey(key) {
  const handle = prepareAsymmetricKey(key, kCreatePrivate);
  if (!binding.keyInfo(handle)[1]) throw openssl('DECODER routines', 'unsupported');
  return new PrivateKeyObject(handle);
}

// --- key generation ---

const kCustomPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

function parseGenerateEncoding(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let publicEncoding, privateEncoding;
  if (publicKeyEncoding == null) {
    publicEncoding = undefined;
  } else if (typeof publicKeyEncoding === 'object') {
    publicEncoding = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  if (privateKeyEncoding == null) {
    privateEncoding = undefined;
  } else if (typeof privateKeyEncoding === 'object') {
    privateEncoding = parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return { publicEncoding, privateEncoding };
}

// Checks the options and answers what to generate; throws as Node does.
function keyPairJob(type, options) {
  validateString(type, 'type');
  const encodings = parseGenerateEncoding(type, options);
  if (options !== undefined) validateObject(options, 'options');
  const params = {};
  // The post-quantum types take no parameters.
  if (kPqcTypes.includes(type)) return { type, params, ...encodings };
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      Object.assign(params, { modulusLength, publicExponent });
      if (type === 'rsa-pss') {
        const { hash, mgf1Hash, saltLength } = options;
        let { hashAlgorithm, mgf1HashAlgorithm } = options;
        if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
        if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
        if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
        // DEP0154: the old names still work, with a warning.
        if (hash !== undefined) {
          process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
            'DeprecationWarning', 'DEP0154');
          validateString(hash, 'options.hash');
          if (hashAlgorithm && hash !== hashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
          hashAlgorithm = hash;
        }
        if (mgf1Hash !== undefined) {
          process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
            'DeprecationWarning', 'DEP0154');
          validateString(mgf1Hash, 'options.mgf1Hash');
          if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
            throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
          }
          mgf1HashAlgorithm = mgf1Hash;
        }
        for (const [name, value] of [['hashAlgorithm', hashAlgorithm], ['mgf1HashAlgorithm', mgf1HashAlgorithm]]) {
          if (value !== undefined && binding.digestSize(value) === 0) {
            if (name === 'hashAlgorithm') throw new ERR_CRYPTO_INVALID_DIGEST(value);
            // Node's C++ side words the MGF1 one itself.
            throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid MGF1 digest: ${value}`);
          }
          params[name] = value;
        }
        // OpenSSL's MGF1 digest defaults to the message digest, the salt
        // to the digest's length.
        params.mgf1HashAlgorithm ??= hashAlgorithm;
        params.saltLength = saltLength;
        if (saltLength === undefined && hashAlgorithm !== undefined) params.saltLength = binding.digestSize(hashAlgorithm);
      }
      if (modulusLength < 512 || modulusLength > 16384) throw new Error('RSA key generation failed');
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      if (divisorLength === -1) divisorLength = modulusLength >= 2048 ? (modulusLength > 2048 ? 256 : 224) : 160;
      Object.assign(params, { modulusLength, divisorLength });
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      params.namedCurve = namedCurve;
      break;
    }
    case 'ed25519':
    case 'x25519':
      break;
    case 'dh': {
      // Node's option checks, before the generation we lack.
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        if (!/^modp(1|2|5|14|15|16|17|18)$/.test(group)) {
          throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
        }
      } else {
        if (prime != null) {
          if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          validateBuffer(prime, 'options.prime');
        } else if (primeLength != null) {
          validateInt32(primeLength, 'options.primeLength', 0);
        } else {
          throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
        }
        if (generator != null) validateInt32(generator, 'options.generator', 0);
      }
      throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`${type} key generation`);
    }
    case 'ed448':
    case 'x448':
      throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`${type} key generation`);
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return { type, params, ...encodings };
}

function runKeyPairJob({ type, params, publicEncoding, privateEncoding }) {
  if (type === 'rsa' || type === 'rsa-pss') {
    // An even exponent (or 1) has no inverse: the search for primes would
    // never end. OpenSSL refuses it first, and its error has no code.
    const e = params.publicExponent;
    if (e === 0) throw new Error('Key generation job failed');
    if (e === 1 || e % 2 === 0) throw new Error('error:020000B2:rsa routines::pub exponent out of range');
  }
  const [publicHandle, privateHandle] = check(binding.keyGenerate(type, params));
  const publicKey = new PublicKeyObject(publicHandle);
  const privateKey = new PrivateKeyObject(privateHandle);
  return {
    publicKey: publicEncoding ? publicKey.export(publicEncoding) : publicKey,
    privateKey: privateEncoding ? privateKey.export(privateEncoding) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  return runKeyPairJob(keyPairJob(type, options));
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const job = keyPairJob(type, options);
  internalBinding('loop').queueCompletion(() => {
    let result;
    try {
      result = runKeyPairJob(job);
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, result.publicKey, result.privateKey);
  });
}
Object.defineProperty(generateKeyPair, kCustomPromisifyArgs, { value: ['publicKey', 'privateKey'], enumerable: false });

function secretKeyJob(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return length;
}

function generateKeySync(type, options) {
  const length = secretKeyJob(type, options);
  return createSecretKey(require('internal/crypto/random').randomBytes(Math.floor(length / 8)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const length = secretKeyJob(type, options);
  internalBinding('loop').queueCompletion(() => {
    let key;
    try {
      key = createSecretKey(require('internal/crypto/random').randomBytes(Math.floor(length / 8)));
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, key);
  });
}

// --- signatures ---

function getPadding(options) {
  return getIntOption('padding', options);
}

function getSaltLength(options) {
  return getIntOption('saltLength', options);
}

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return false;
    if (dsaEncoding === 'ieee-p1363') return true;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return false;
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function checkDigest(algorithm) {
  if (algorithm === null || algorithm === undefined) return null;
  if (binding.digestSize(algorithm) === 0) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  return algorithm;
}

function getContext(options) {
  const { context } = options;
  if (context === undefined) return undefined;
  if (!ArrayBuffer.isView(context)) {
    throw new ERR_INVALID_ARG_TYPE('options.context', ['Buffer', 'TypedArray', 'DataView'], context);
  }
  if (context.byteLength > 255) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'context string must be at most 255 bytes');
  }
  return new Uint8Array(context.buffer, context.byteOffset, context.byteLength);
}

function signOptions(key) {
  const options = { padding: getPadding(key), saltLength: getSaltLength(key), p1363: getDSASignatureEncoding(key) };
  if (key !== null && typeof key === 'object' && !isKeyObject(key) && !isCryptoKey(key)) {
    options.context = getContext(key);
  }
  return options;
}

// ML-DSA and SLH-DSA sign the message itself: no digest, and a context
// only they take.
function checkPqcSignature(type, algorithm, options, fromStream) {
  const isContextType = kContextTypes.includes(type);
  // Sign and Verify digest what they are fed, which these keys cannot use.
  if (fromStream && (isContextType || type === 'ed25519' || type === 'ed448')) {
    throw nativeError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  }
  if (isContextType && algorithm != null) throw openssl('Provider routines', 'invalid digest');
  if (!isContextType && options.context !== undefined && options.context.byteLength > 0) {
    throw new ERR_CRYPTO_OPERATION_FAILED('Context parameter is unsupported');
  }
}

function signBytes(algorithm, data, key, fromStream = false) {
  const handle = prepareAsymmetricKey(key, kConsumePrivate);
  const options = signOptions(key);
  const type = binding.keyInfo(handle)[0];
  if ((type === 'ed25519' || type === 'ed448') && algorithm != null) throw openssl('Provider routines', 'invalid digest');
  checkPqcSignature(type, algorithm, options, fromStream);
  const signature = check(binding.sign(handle, algorithm, data, options));
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

function verifyBytes(algorithm, data, key, signature, fromStream = false) {
  const handle = prepareAsymmetricKey(key, kConsumePublic);
  const options = signOptions(key);
  checkPqcSignature(binding.keyInfo(handle)[0], algorithm, options, fromStream);
  return check(binding.verify(handle, algorithm, data, signature, options));
}

function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  if (callback === undefined) return signBytes(checkDigest(algorithm), data, key);
  const digest = checkDigest(algorithm);
  let result, failure;
  try {
    result = signBytes(digest, data, key);
  } catch (error) {
    failure = error;
  }
  internalBinding('loop').queueCompletion(() => (failure ? callback(failure) : callback(null, result)));
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isStringOrBuffer(data) && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  signature = getArrayBufferOrView(signature, 'signature');
  if (callback === undefined) return verifyBytes(checkDigest(algorithm), data, key, signature);
  const digest = checkDigest(algorithm);
  let result, failure;
  try {
    result = verifyBytes(digest, data, key, signature);
  } catch (error) {
    failure = error;
  }
  internalBinding('loop').queueCompletion(() => (failure ? callback(failure) : callback(null, result)));
}

// Sign and Verify: writable streams that collect the data.
const { Writable } = require('stream');
const kState = Symbol('kState');

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm);
  this[kState] = { algorithm, chunks: [] };
  Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

function update(data, encoding) {
  if (typeof data === 'string') {
    const normal = normalizeEncoding(encoding) ?? 'utf8';
    data = Buffer.from(data, normal);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kState].chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return this;
}
Sign.prototype.update = update;

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const state = this[kState];
  const signature = signBytes(state.algorithm, Buffer.concat(state.chunks), options, true);
  return encoding && encoding !== 'buffer' ? signature.toString(encoding) : signature;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm);
  this[kState] = { algorithm, chunks: [] };
  Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const state = this[kState];
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  return verifyBytes(state.algorithm, Buffer.concat(state.chunks), options, signature, true);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// --- RSA encryption ---

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function rsaFunction(mode, defaultPadding, keyContext) {
  return function rsaCrypt(options, buffer) {
    // The key is parsed last, as Node's C++ side reads it after the digest.
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    const hash = oaepHash ?? 'sha1';
    if (padding === RSA_PKCS1_OAEP_PADDING && binding.digestSize(hash) === 0) {
      throw nativeError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    }
    const handle = prepareAsymmetricKey(options, keyContext);
    const type = binding.keyInfo(handle)[0];
    if (type === 'rsa-pss') throw openssl('Provider routines', 'operation not supported for this keytype');
    if (type !== 'rsa') throw openssl('digital envelope routines', 'operation not supported for this keytype');
    const result = check(binding.rsaCrypt(handle, mode, buffer, padding, hash, oaepLabel));
    return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
  };
}

const publicEncrypt = rsaFunction(1, RSA_PKCS1_OAEP_PADDING, kConsumePublic);
const privateEncrypt = rsaFunction(2, RSA_PKCS1_PADDING, kConsumePrivate);
const privateDecrypt = rsaFunction(3, RSA_PKCS1_OAEP_PADDING, kConsumePrivate);
const publicDecrypt = rsaFunction(4, RSA_PKCS1_PADDING, kConsumePublic);

// --- diffieHellman ---

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  const run = () => {
    const secret = check(binding.diffieHellman(privateKey[kHandle], publicKey[kHandle]));
    if (Array.isArray(secret)) throw openssl('Provider routines', 'failed during derivation');
    return Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength);
  };
  if (callback === undefined) return run();
  let result, failure;
  try {
    result = run();
  } catch (error) {
    failure = error;
  }
  internalBinding('loop').queueCompletion(() => (failure ? callback(failure) : callback(null, result)));
}

// --- key encapsulation ---

// The synchronous error of a failed KEM operation, and the callback's.
function kemFailed(operation, isAsync) {
  if (isAsync) return new Error('Deriving bits failed');
  return new ERR_CRYPTO_OPERATION_FAILED(`Failed to perform ${operation}`);
}

function kemRun(callback, operation, run) {
  if (callback === undefined) {
    const result = run();
    if (result === undefined) throw kemFailed(operation, false);
    return result;
  }
  const result = run();
  internalBinding('loop').queueCompletion(() => {
    if (result === undefined) callback(kemFailed(operation, true));
    else callback(null, result);
  });
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function encapsulate(key, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const handle = prepareAsymmetricKey(key, kConsumePublic);
  return kemRun(callback, 'encapsulation', () => {
    const result = check(binding.kemEncapsulate(handle));
    return result && { sharedKey: toBuffer(result[0]), ciphertext: toBuffer(result[1]) };
  });
}

function decapsulate(key, ciphertext, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const handle = prepareAsymmetricKey(key, kConsumePrivate);
  ciphertext = getArrayBufferOrView(ciphertext, 'ciphertext');
  return kemRun(callback, 'decapsulation', () => {
    const result = check(binding.kemDecapsulate(handle, ciphertext));
    return result && toBuffer(result);
  });
}

// --- Certificate (SPKAC, spkac.rs) ---

function spkacBytes(spkac, encoding) {
  const bytes = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (bytes.byteLength > 2 ** 31 - 1) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'spkac is too large');
  return bytes;
}

function verifySpkac(spkac, encoding) {
  return binding.spkacVerify(spkacBytes(spkac, encoding));
}

function exportPublicKey(spkac, encoding) {
  const pem = binding.spkacPublicKey(spkacBytes(spkac, encoding));
  return pem === undefined ? '' : Buffer.from(pem, 'latin1');
}

function exportChallenge(spkac, encoding) {
  const challenge = binding.spkacChallenge(spkacBytes(spkac, encoding));
  return challenge === undefined ? '' : toBuffer(challenge);
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  isKeyObject,
  isCryptoKey,
  prepareSecretKey,
  prepareAsymmetricKey,
  wrapHandle,
  kHandle,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  sign,
  verify,
  Sign,
  Verify,
  createSign,
  createVerify,
  publicEncrypt,
  privateEncrypt,
  privateDecrypt,
  publicDecrypt,
  diffieHellman,
  encapsulate,
  decapsulate,
  Certificate,
};
