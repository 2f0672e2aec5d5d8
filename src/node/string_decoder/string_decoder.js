'use strict';
// node:string_decoder: StringDecoder turns a series of byte chunks into
// strings without splitting a character across chunks. utf8 keeps an
// incomplete sequence at the end of a chunk for the next one (invalid bytes
// become U+FFFD as in Buffer#toString), utf16le keeps an odd byte or a lone
// high surrogate, base64/base64url keep the bytes short of a 3-byte group;
// hex, latin1 and ascii decode each chunk whole.
//
// This is Node's native decoder (src/string_decoder.cc) in JavaScript, down
// to its state: a 7-byte buffer under Symbol(kNativeDecoder) holding up to
// 4 incomplete bytes, the missing and buffered counts and the encoding's
// number, which `lastChar`/`lastNeed`/`lastTotal` read.

const { Buffer } = require('buffer');
const { checkStringLength, encodingsMap } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const binding = internalBinding('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');

// Layout of the state buffer, as in Node.
const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's `enum encoding` numbers.
const encodingNumbers = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

const encodingNames = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'], ['ascii', 'ascii'],
]);

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const name = typeof enc === 'string' ? encodingNames.get(enc.toLowerCase()) : undefined;
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return name;
}

// Keeps lone surrogates, as V8 does for two-byte strings.
function decodeUtf16le(bytes) {
  const units = Math.floor(bytes.length / 2);
  let out = '';
  for (let start = 0; start < units; start += 8192) {
    const end = Math.min(units, start + 8192);
    const codes = new Array(end - start);
    for (let i = start; i < end; i++) codes[i - start] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    out += String.fromCharCode(...codes);
  }
  return out;
}

function makeString(bytes, encoding) {
  if (bytes.length === 0) return '';
  checkStringLength(bytes.length, encodingsMap[encoding]);
  if (encoding === 'utf16le') return decodeUtf16le(bytes);
  return binding.decode(bytes, encoding);
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingNumbers[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeData(this[kNativeDecoder], this.encoding, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
};

// What is left, decoded as it is; the decoder can then be reused.
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flushData(this[kNativeDecoder], this.encoding);
  return ret;
};

// Undocumented legacy: decode from `offset`, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

function decodeData(state, encoding, data) {
  if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'base64' && encoding !== 'base64url') {
    return makeString(data, encoding);
  }

  let prepend = null;
  let nread = data.length;
  let offset = 0;

  // First finish the character the previous chunk left incomplete.
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A byte that is not a continuation ends the incomplete character
      // there (it decodes as U+FFFD) and starts a new one, as V8 would.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          offset += i;
          nread -= i;
          break;
        }
      }
    }

    const found = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(offset, offset + found), state[kBufferedBytes]);
    offset += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;

    if (state[kMissingBytes] === 0) {
      prepend = makeString(state.subarray(0, state[kBufferedBytes]), encoding);
      state[kBufferedBytes] = 0;
    }
  }

  let body;
  if (nread === 0) {
    body = prepend ?? '';
    prepend = null;
  } else {
    const end = offset + nread;
    // Keep back a character that continues in the next chunk.
    if (encoding === 'utf8' && (data[end - 1] & 0x80)) {
      for (let i = end - 1; ; --i) {
        state[kBufferedBytes]++;
        if ((data[i] & 0xC0) === 0x80) {
          // A continuation byte: keep looking for the lead byte, unless it
          // would be more than 4 back or in the previous chunk.
          if (state[kBufferedBytes] >= 4 || i === offset) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          // The lead byte tells how long the character should be.
          if ((data[i] & 0xE0) === 0xC0) {
            state[kMissingBytes] = 2;
          } else if ((data[i] & 0xF0) === 0xE0) {
            state[kMissingBytes] = 3;
          } else if ((data[i] & 0xF8) === 0xF0) {
            state[kMissingBytes] = 4;
          } else {
            // Not a lead byte of any representable character.
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            // Complete (or invalid anyway): nothing to keep back.
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (encoding === 'utf16le') {
      if (nread % 2 === 1) {
        // Half a code unit.
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((data[end - 1] & 0xFC) === 0xD8) {
        // A high surrogate waiting for its low half.
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (encoding === 'base64' || encoding === 'base64url') {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
    }

    if (state[kBufferedBytes] > 0) {
      nread -= state[kBufferedBytes];
      state.set(data.subarray(offset + nread, end), kIncompleteCharactersStart);
    }
    body = nread > 0 ? makeString(data.subarray(offset, offset + nread), encoding) : '';
  }

  return prepend === null ? body : prepend + body;
}

function flushData(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state.subarray(0, state[kBufferedBytes]), encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

module.exports = { StringDecoder };
