'use strict';
// `internal/encoding`: the WHATWG TextEncoder and TextDecoder, as Node 24
// (an ICU build) behaves: every label of the Encoding Standard, `fatal`,
// `ignoreBOM`, streaming `decode(chunk, { stream: true })`, and Node's own
// quirks (its non-streaming UTF-8 and windows-1252 shortcuts: the first
// skips option validation, the second decodes bytes as latin1 until the
// decoder is first used with `stream`). The bytes are decoded in Rust
// (internalBinding('encoding'), src/node/util/encoding.rs): UTF-8, UTF-16LE,
// UTF-16BE and the single-byte encodings (ibm866, iso-8859-x, koi8, windows-
// 125x, macintosh, ...) with Node's own byte tables.
//
// NODE-DIFF: the multi-byte legacy encodings Node's ICU decodes (gbk,
// gb18030, big5, euc-jp, iso-2022-jp, shift_jis, euc-kr) throw
// ERR_ENCODING_NOT_SUPPORTED: their tables would add hundreds of KB to the
// wasm. (iso-8859-16, replacement and x-user-defined fail in Node too.)

const { codes } = require('internal/errors');
const { validateString, validateObject, kValidateObjectAllowObjectsAndNull } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');

// Fetched on first use, so that `util` (which exports these classes) loads
// in the module checkers, which run under Node without bindings.
let encodingBinding;
function binding() {
  encodingBinding ??= internalBinding('encoding');
  return encodingBinding;
}

const kDecoder = Symbol('decoder');
const kEncoder = Symbol('encoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kState = Symbol('state');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const CONVERTER_FLAGS_FLUSH = 0x1;
const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;

// The decoders of encoding.rs: these, then 4 + the index of a single-byte
// encoding in its `singleByteEncodings`.
const kUtf8 = 0;
const kLatin1 = 3;
const kFirstSingleByte = 4;
let decoders;
function decoderOf(name) {
  if (decoders === undefined) {
    decoders = new Map([['utf-8', kUtf8], ['utf-16le', 1], ['utf-16be', 2]]);
    binding().singleByteEncodings.forEach((encoding, index) => decoders.set(encoding, kFirstSingleByte + index));
  }
  return decoders.get(name);
}

// Label -> encoding name, the Encoding Standard's table.
const labels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'utf-8', 'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2',
    'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3',
    'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4',
    'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595',
    'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114',
    'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6',
    'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126',
    'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138',
    'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9',
    'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989',
    'ksc5601', 'ksc_5601', 'windows-949'],
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16le', 'utf-16'],
  'x-user-defined': ['x-user-defined'],
};
const encodings = new Map();
for (const [name, names] of Object.entries(labels)) {
  for (const label of names) encodings.set(label, name);
}

// String.prototype.trim would also remove non-ASCII spaces.
function trimAsciiWhitespace(label) {
  return label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

function getEncodingFromLabel(label) {
  return encodings.get(label) ?? encodings.get(trimAsciiWhitespace(label.toLowerCase()));
}

function validateEncoder(object) {
  if (object == null || object[kEncoder] !== true) throw new codes.ERR_INVALID_THIS('TextEncoder');
}

function validateDecoder(object) {
  if (object == null || object[kDecoder] !== true) throw new codes.ERR_INVALID_THIS('TextDecoder');
}

// Node's C++ argument checks, whose messages name no received value.
function invalidInput(message) {
  const error = new TypeError(message);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

function bytesOf(input, message) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw invalidInput(message);
}

const kListMessage = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
const kInputMessage = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
const kLatin1Message =
  'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';

function getConstructorOf(object) {
  while (object) {
    const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value;
    }
    object = Object.getPrototypeOf(object);
  }
  return null;
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return binding().encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding().encodeInto(src, dest);
    return { read, written };
  }

  [customInspect](depth, options) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this);
    const object = { __proto__: { constructor: constructor === null ? TextEncoder : constructor } };
    object.encoding = this.encoding;
    return require('internal/util/inspect').inspect(object, options);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    // A known encoding without a converter is named by its canonical name.
    if (decoderOf(name) === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(name);
    let flags = 0;
    if (options !== null) {
      flags |= options.fatal ? CONVERTER_FLAGS_FATAL : 0;
      flags |= options.ignoreBOM ? CONVERTER_FLAGS_IGNORE_BOM : 0;
    }
    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = name;
    // Node decodes with its shortcuts until the decoder is first asked to
    // stream; `carry` holds an unfinished character between chunks.
    this[kState] = { shortcut: name === 'utf-8' || name === 'windows-1252', carry: undefined, bomSeen: false };
  }

  decode(input = new Uint8Array(0), options = {}) {
    validateDecoder(this);
    const state = this[kState];
    const flags = this[kFlags];
    const fatal = (flags & CONVERTER_FLAGS_FATAL) !== 0;
    const ignoreBOM = (flags & CONVERTER_FLAGS_IGNORE_BOM) !== 0;
    state.shortcut &&= !(options?.stream);
    if (state.shortcut) {
      const latin1 = this[kEncoding] === 'windows-1252';
      const bytes = bytesOf(input, latin1 ? kLatin1Message : kListMessage);
      const [text] = binding().decode(bytes, latin1 ? kLatin1 : kUtf8, fatal, false) ?? this.#invalid();
      return !latin1 && !ignoreBOM && text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
    }
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const bytes = bytesOf(input, kInputMessage);
    const stream = options !== null && Boolean(options.stream);
    const decoder = decoderOf(this[kEncoding]);
    const result = binding().decode(bytes, decoder, fatal, stream, state.carry);
    if (result === undefined) {
      state.carry = undefined;
      state.bomSeen = false;
      this.#invalid();
    }
    let text = result[0];
    state.carry = result[1];
    // Only the Unicode encodings have a BOM.
    if (decoder < kFirstSingleByte && !ignoreBOM && !state.bomSeen && text.length > 0) {
      if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
      state.bomSeen = true;
    }
    if (!stream) state.bomSeen = false;
    return text;
  }

  #invalid() {
    throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding], undefined);
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_FATAL) === CONVERTER_FLAGS_FATAL;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_IGNORE_BOM) === CONVERTER_FLAGS_IGNORE_BOM;
  }

  [customInspect](depth, options) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const object = { __proto__: { constructor } };
    object.encoding = this.encoding;
    object.fatal = this.fatal;
    object.ignoreBOM = this.ignoreBOM;
    if (options?.showHidden) {
      object[kFlags] = this[kFlags];
      object[kState] = this[kState];
    }
    return `${constructor.name} ${require('internal/util/inspect').inspect(object)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [customInspect]: { __proto__: null, enumerable: false },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = { getEncodingFromLabel, TextDecoder, TextEncoder };
