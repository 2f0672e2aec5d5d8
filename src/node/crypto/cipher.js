'use strict';

// createCipheriv/createDecipheriv (Cipheriv, Decipheriv), getCiphers and
// getCipherInfo, over the block cipher modes in cipher.rs (AES in ECB, CBC,
// CTR, OFB, CFB, GCM, CCM, OCB and key wrap; triple DES in ECB, CBC, OFB and
// CFB) and ChaCha20-Poly1305 (aead.rs), with Node's rules for tag lengths,
// CCM's plaintextLength and message limits. Ciphers are Transform streams
// built on first stream use, as in Node, and their failures read as Node's,
// OpenSSL's wording included.
//
// Not here: other ciphers (reported as Node's "Unknown cipher").

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const LazyTransform = require('internal/streams/lazy_transform');
const { getArrayBufferOrView, normalizeEncoding, opensslError, prepareSecretKey } = require('internal/crypto/hash');
const { nativeError } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateEncoding, validateInt32, validateObject, validateString } = require('internal/validators');

const kHandle = Symbol('kHandle');

// OpenSSL's provider errors as Node decorates them.
function providerError(reason, number) {
  return opensslError(`error:${number}:Provider routines::${reason}`,
    `ERR_OSSL_${reason.toUpperCase().replaceAll(' ', '_')}`, 'Provider routines', reason);
}

const failures = {
  state: () => new Error('Trying to add data in unsupported state'),
  length: () => providerError('wrong final block length', '1C80006B'),
  decrypt: () => providerError('bad decrypt', '1C800064'),
  auth: () => new Error('Unsupported state or unable to authenticate data'),
  tagnotset: () => providerError('tag not set', '1C800077'),
};

const bytesOf = (value, name, encoding) => getArrayBufferOrView(value, name, encoding);

function optionOf(options, name) {
  return options !== null && typeof options === 'object' ? options[name] : undefined;
}

function getDecoder(decoder, encoding) {
  const normal = normalizeEncoding(encoding);
  decoder ??= new StringDecoder(encoding);
  if (decoder.encoding !== normal) {
    if (normal === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    // Node's internal assert fails here.
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

const validTagLengths = new Set([4, 8, 12, 13, 14, 15, 16]);
const ccmTagLengths = new Set([4, 6, 8, 10, 12, 14, 16]);

// Node's getUIntOption: absent (undefined or null) is -1.
function uintOption(options, name) {
  const value = optionOf(options, name);
  if (value == null) return -1;
  if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  return value;
}

function invalidTag(message) {
  return nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', message);
}

// Whether an authenticated mode takes an IV of this length (OpenSSL's
// EVP_CTRL_AEAD_SET_IVLEN).
function aeadIvFits(mode, length) {
  if (mode === 'ccm') return length >= 7 && length <= 13;
  if (mode === 'ocb') return length >= 1 && length <= 15;
  return length >= 1;
}

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = optionOf(options, 'encoding');
  if (encoding !== undefined) validateString(encoding, 'options.encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : bytesOf(iv, 'iv');
  let authTagLength = uintOption(options, 'authTagLength');
  const info = binding.cipherInfo(cipher);
  if (info === undefined) throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  const [, , mode, , expectedIvLength, blockSize] = info;
  const chacha = info[0] === 'chacha20-poly1305';
  const authenticated = mode === 'gcm' || mode === 'ccm' || mode === 'ocb' || chacha;
  // Node's order: the IV, then the tag length, then the key.
  const ivLength = iv === null ? 0 : iv.byteLength;
  if ((ivLength === 0 && expectedIvLength !== 0) ||
      (!authenticated && ivLength !== 0 && ivLength !== expectedIvLength) ||
      (chacha && ivLength > 12) ||
      (authenticated && !chacha && !aeadIvFits(mode, ivLength))) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  }
  let maxMessage;
  if (authenticated) {
    if (mode === 'gcm') {
      if (authTagLength !== -1 && !validTagLengths.has(authTagLength)) {
        throw invalidTag(`Invalid authentication tag length: ${authTagLength}`);
      }
    } else {
      // ChaCha20-Poly1305's tag is 16 bytes unless given; CCM and OCB
      // need one.
      if (authTagLength === -1) {
        if (!chacha) throw invalidTag(`authTagLength required for ${cipher}`);
        authTagLength = 16;
      }
      const valid = mode === 'ccm' ? ccmTagLengths.has(authTagLength) :
        mode === 'ocb' ? authTagLength <= 16 : authTagLength >= 1 && authTagLength <= 16;
      if (!valid) throw invalidTag(`Invalid authentication tag length: ${authTagLength}`);
      // CCM's message length is bounded by the counter the IV leaves room for.
      if (mode === 'ccm') maxMessage = ivLength === 13 ? 65535 : ivLength === 12 ? 16777215 : 2147483647;
    }
  }
  const handle = binding.cipherNew(cipher, key, iv, encrypt, authTagLength === -1 ? 16 : authTagLength);
  if (handle === 'cipher') throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (handle === 'key') throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  if (handle === 'iv') throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  // authTagLength: as given (undefined: none; ChaCha20-Poly1305: 16 unless
  // given). tagSet: setAuthTag was called.
  self[kHandle] = {
    handle, finished: false, mode, chacha, authenticated, maxMessage, blockSize,
    authTagLength: authTagLength === -1 ? undefined : authTagLength, tagSet: false,
  };
  self._decoder = null;
  LazyTransform.call(self, options);
}

function invalidMessageLength() {
  return nativeError(RangeError, 'ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length');
}

function run(result) {
  if (typeof result === 'string') throw failures[result]();
  return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
}

function updateBytes(self, data, inputEncoding) {
  const state = self[kHandle];
  const bytes = typeof data === 'string' ? Buffer.from(data, inputEncoding) : data;
  if (state.maxMessage !== undefined && bytes.byteLength > state.maxMessage) throw invalidMessageLength();
  // OpenSSL counts output lengths in an int: Node refuses what could overflow one.
  if (bytes.byteLength + state.blockSize > 2147483647) throw failures.state();
  return run(binding.cipherUpdate(state.handle, bytes));
}

function finalBytes(self) {
  const state = self[kHandle];
  if (state.finished) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  state.finished = true;
  return run(binding.cipherFinal(state.handle));
}

function Cipheriv(cipher, key, iv, options) {
  if (!new.target) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

function Decipheriv(cipher, key, iv, options) {
  if (!new.target) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

const methods = {
  _transform(chunk, encoding, callback) {
    this.push(updateBytes(this, chunk, encoding));
    callback();
  },

  _flush(callback) {
    try {
      this.push(finalBytes(this));
    } catch (error) {
      callback(error);
      return;
    }
    callback();
  },

  update(data, inputEncoding, outputEncoding) {
    if (typeof data === 'string') {
      validateEncoding(data, inputEncoding);
    } else if (!ArrayBuffer.isView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const bytes = updateBytes(this, data, inputEncoding);
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.write(bytes);
    }
    return bytes;
  },

  final(outputEncoding) {
    const bytes = finalBytes(this);
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.end(bytes);
    }
    return bytes;
  },

  setAutoPadding(autoPadding) {
    if (this[kHandle].finished || !binding.cipherSetPadding(this[kHandle].handle, !!autoPadding)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    }
    return this;
  },

  setAAD(aadbuf, options) {
    const encoding = optionOf(options, 'encoding');
    if (encoding !== undefined) validateString(encoding, 'options.encoding');
    const plaintextLength = uintOption(options, 'plaintextLength');
    const aad = bytesOf(aadbuf, 'buffer', encoding);
    const state = this[kHandle];
    if (state.mode === 'ccm') {
      if (plaintextLength === -1) {
        throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
      }
      if (plaintextLength > state.maxMessage) throw invalidMessageLength();
    }
    if (state.finished || !state.authenticated || !binding.cipherSetAAD(state.handle, aad, plaintextLength)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
  },
};

for (const Class of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(Class.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Class, LazyTransform);
  for (const [name, method] of Object.entries(methods)) {
    Object.defineProperty(Class.prototype, name, { __proto__: null, value: method, writable: true, configurable: true, enumerable: true });
  }
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = binding.cipherTag(this[kHandle].handle);
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return Buffer.from(tag.buffer, tag.byteOffset, tag.byteLength);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = bytesOf(tagbuf, 'buffer', encoding);
  const state = this[kHandle];
  if (!state.authenticated || state.finished || state.tagSet) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const length = tag.byteLength;
  // GCM: NIST's lengths, and the one asked for if there was one; the
  // others: exactly the tag length the cipher was made with.
  const valid = state.mode === 'gcm' ?
    (state.authTagLength === undefined || state.authTagLength === length) && validTagLengths.has(length) :
    state.authTagLength === length;
  if (!valid) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${length}`);
  if (state.mode === 'gcm' && state.authTagLength === undefined && length !== 16) {
    process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
      'authTagLength option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
  }
  if (!binding.cipherSetTag(state.handle, tag)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  state.tagSet = true;
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return binding.ciphers.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.cipherInfo(nameOrNid);
  if (info === undefined) return undefined;
  const [name, nid, mode, infoKeyLength, infoIvLength, blockSize] = info;
  if (keyLength !== undefined && keyLength !== infoKeyLength) return undefined;
  if (ivLength !== undefined && ivLength !== infoIvLength &&
      !((mode === 'gcm' || mode === 'ccm' || mode === 'ocb') && aeadIvFits(mode, ivLength))) {
    return undefined;
  }
  const result = { mode, name, nid };
  // Node reports no block size for a stream cipher.
  if (mode !== 'stream') result.blockSize = blockSize;
  if (ivLength !== undefined || infoIvLength !== 0) result.ivLength = ivLength ?? infoIvLength;
  result.keyLength = infoKeyLength;
  return result;
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo };
