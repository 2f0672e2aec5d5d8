'use strict';
// `util.MIMEType` and `util.MIMEParams`: the WHATWG MIME Sniffing parser and
// serializer as Node 24 has them (type and subtype lowercased, parameters
// parsed when first used, the first of duplicate names kept, invalid
// parameters dropped, quoted values unescaped and re-quoted on output).

const { codes } = require('internal/errors');

const notTokenCodePoint = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const notQuotedStringCodePoint = /[^\t\u0020-~\u0080-\u00FF]/;
const leadingWhitespaceEnd = /[^\r\n\t ]|$/;
const trailingWhitespaceStart = /[\r\n\t ]*$/;
const nameEnd = /[;=]|$/;
// The inside of a quoted value: up to the closing quote, a trailing lone
// backslash ($1) or the end; $2 is the closing quote.
const quotedValue = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;

// ASCII-only lowercasing (toLowerCase would also fold other letters).
const toASCIILower = (text) => text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
const searchIn = (text, pattern) => text.search(pattern);

function invalid(production, text, pattern) {
  return new codes.ERR_INVALID_MIME_SYNTAX(production, text, pattern === undefined ? -1 : searchIn(text, pattern));
}

// [type, subtype, where the parameters start].
function parseTypeAndSubtype(text) {
  let position = searchIn(text, leadingWhitespaceEnd);
  const typeEnd = text.indexOf('/', position);
  const type = typeEnd === -1 ? text.slice(position) : text.slice(position, typeEnd);
  if (type === '' || notTokenCodePoint.test(type) || typeEnd === -1) {
    throw new codes.ERR_INVALID_MIME_SYNTAX('type', text, searchIn(type, notTokenCodePoint));
  }
  position = typeEnd + 1;
  const subtypeEnd = text.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? text.slice(position) : text.slice(position, subtypeEnd);
  position += rawSubtype.length + (subtypeEnd === -1 ? 0 : 1);
  const subtype = rawSubtype.slice(0, searchIn(rawSubtype, trailingWhitespaceStart));
  if (subtype === '' || notTokenCodePoint.test(subtype)) {
    throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', text, searchIn(subtype, notTokenCodePoint));
  }
  return [toASCIILower(type), toASCIILower(subtype), position];
}

// Backslash escapes removed: `\x` is `x`; a lone final backslash stays.
function removeBackslashes(text) {
  let result = '';
  let i;
  for (i = 0; i < text.length - 1; i++) {
    if (text[i] === '\\') i++;
    result += text[i];
  }
  if (i === text.length - 1) result += text[i];
  return result;
}

// A value as a token if it is one, else quoted with `"` and `\` escaped.
function serializeValue(value) {
  if (value.length === 0) return '""';
  if (!notTokenCodePoint.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// The parameters of `text` (what follows `type/subtype;`), in order.
function parseParameters(text) {
  const parameters = new Map();
  const end = searchIn(text, trailingWhitespaceStart);
  let position = 0;
  while (position < end) {
    position += searchIn(text.slice(position), leadingWhitespaceEnd);
    const afterName = searchIn(text.slice(position), nameEnd) + position;
    const name = toASCIILower(text.slice(position, afterName));
    position = afterName;
    if (position < end) {
      const terminator = text[position];
      position += 1;
      // A name without `=value`.
      if (terminator === ';') continue;
    }
    if (position >= end) break;
    let value;
    if (text[position] === '"') {
      position += 1;
      const match = quotedValue.exec(text.slice(position));
      position += match[0].length;
      value = removeBackslashes(match[1] || match[2] ? match[0].slice(0, -1) : match[0]);
      if (match[1]) value += '\\';
    } else {
      const valueEnd = text.indexOf(';', position);
      const rawValue = valueEnd === -1 ? text.slice(position) : text.slice(position, valueEnd);
      position += rawValue.length;
      value = rawValue.slice(0, searchIn(rawValue, trailingWhitespaceStart));
      if (value === '') continue;
    }
    if (name !== '' && !notTokenCodePoint.test(name) && !notQuotedStringCodePoint.test(value) &&
        !parameters.has(name)) {
      parameters.set(name, value);
    }
    // Past the `;` after the value.
    position++;
  }
  return parameters;
}

const kSource = Symbol('source');

class MIMEParams {
  #data = new Map();
  // The text still to parse, or null once parsed (MIMEType parses its
  // parameters when they are first used).
  #source = null;

  static [kSource](params, text) {
    params.#source = text;
  }

  #parsed() {
    if (this.#source !== null) {
      this.#data = parseParameters(this.#source);
      this.#source = null;
    }
    return this.#data;
  }

  delete(name) {
    this.#parsed().delete(name);
  }

  get(name) {
    const data = this.#parsed();
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#parsed().has(name);
  }

  set(name, value) {
    const data = this.#parsed();
    name = `${name}`;
    value = `${value}`;
    if (name.length === 0 || notTokenCodePoint.test(name)) {
      throw invalid('parameter name', name, notTokenCodePoint);
    }
    if (notQuotedStringCodePoint.test(value)) throw invalid('parameter value', value, notQuotedStringCodePoint);
    data.set(name, value);
  }

  *entries() {
    yield* this.#parsed().entries();
  }

  *keys() {
    yield* this.#parsed().keys();
  }

  *values() {
    yield* this.#parsed().values();
  }

  toString() {
    return Array.from(this.#parsed(), ([name, value]) => `${name}=${serializeValue(value)}`).join(';');
  }
}
const stringifyParams = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', { __proto__: null, configurable: true, writable: true, value: stringifyParams });
const setSource = MIMEParams[kSource];
delete MIMEParams[kSource];

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#parameters = new MIMEParams();
    setSource(this.#parameters, string.slice(position));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    if (value.length === 0 || notTokenCodePoint.test(value)) throw invalid('type', value, notTokenCodePoint);
    this.#type = toASCIILower(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    if (value.length === 0 || notTokenCodePoint.test(value)) throw invalid('subtype', value, notTokenCodePoint);
    this.#subtype = toASCIILower(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const parameters = stringifyParams.call(this.#parameters);
    return `${this.#type}/${this.#subtype}${parameters.length ? `;${parameters}` : ''}`;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null,
  configurable: true, writable: true, value: MIMEType.prototype.toString,
});

module.exports = { MIMEParams, MIMEType };
