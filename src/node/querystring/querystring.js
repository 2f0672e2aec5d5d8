'use strict';
// querystring: Node's query-string parser and serializer (not the URL
// Standard's; see URLSearchParams for that), with Node's quirks kept: a
// name or value is decoded only if it holds a valid %XX, separators longer
// than one character are matched without backtracking, and parse() stops
// after options.maxKeys pairs (1000 unless told).

const { encodeStr, hexTable, unescapeBuffer } = require('internal/querystring');

const querystring = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

function qsUnescape(text, decodeSpaces) {
  try {
    return decodeURIComponent(text);
  } catch {
    return querystring.unescapeBuffer(text, decodeSpaces).toString();
  }
}

// Kept as they are by escape(): A-Z a-z 0-9 ! ' ( ) * - . _ ~
const noEscape = new Int8Array(128);
for (const char of "!'()*-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
  noEscape[char.charCodeAt(0)] = 1;
}

function qsEscape(text) {
  if (typeof text !== 'string') text = typeof text === 'object' ? String(text) : `${text}`;
  return encodeStr(text, noEscape, hexTable);
}

// A value as stringify writes it with the default escape (numbers of 1e21
// and more are written with an exponent, whose '+' needs escaping).
function encodeValue(value, encode) {
  switch (typeof value) {
    case 'string': return value.length > 0 ? encode(value) : '';
    case 'number':
      if (!Number.isFinite(value)) return '';
      return Math.abs(value) < 1e21 ? `${value}` : encode(`${value}`);
    case 'bigint': return `${value}`;
    case 'boolean': return value ? 'true' : 'false';
    default: return '';
  }
}

// The same with a custom encodeURIComponent, which sees every value.
function encodeValueCustom(value, encode) {
  let text = '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = `${value}`;
  else if (typeof value === 'bigint') text = `${value}`;
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  return encode(text);
}

function stringify(object, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeValue : encodeValueCustom;
  if (object === null || typeof object !== 'object') return '';
  let fields = '';
  for (const key of Object.keys(object)) {
    const value = object[key];
    const prefix = `${convert(key, encode)}${eq}`;
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) continue;
    for (const item of values) {
      if (fields) fields += sep;
      fields += prefix + convert(item, encode);
    }
  }
  return fields;
}

function codesOf(text) {
  const codes = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

function isHex(code) {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

// Looks for a valid %XX one character at a time (Node decodes only the
// names and values where it saw one).
class EscapeScanner {
  state = 0;

  // Whether `code` completes a %XX.
  feed(code) {
    if (code === 0x25) {
      this.state = 1;
    } else if (this.state > 0 && isHex(code)) {
      if (++this.state === 3) return true;
    } else {
      this.state = 0;
    }
    return false;
  }
}

function parse(qs, sep, eq, options) {
  const result = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return result;

  const sepCodes = sep ? codesOf(String(sep)) : [0x26];
  const eqCodes = eq ? codesOf(String(eq)) : [0x3d];
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;
  // A custom decoder sees every name and value, with '+' as '%20'.
  const plus = customDecode ? '%20' : ' ';

  const add = (name, value, nameEncoded, valueEncoded) => {
    if (name.length > 0 && nameEncoded) name = decodeWith(name, decode);
    if (value.length > 0 && valueEncoded) value = decodeWith(value, decode);
    const existing = result[name];
    if (existing === undefined) result[name] = value;
    else if (existing.pop) existing.push(value);
    else result[name] = [existing, value];
  };

  let name = '';
  let value = '';
  let nameEncoded = customDecode;
  let valueEncoded = customDecode;
  const scanner = new EscapeScanner();
  // Where the text not yet added to name or value starts, and how far
  // into sep and eq the last characters matched.
  let from = 0;
  let sepMatched = 0;
  let eqMatched = 0;

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepMatched]) {
      if (++sepMatched < sepCodes.length) continue;
      const end = i - sepMatched + 1;
      if (eqMatched < eqCodes.length) {
        if (from < end) {
          name += qs.slice(from, end);
        } else if (name.length === 0) {
          // Nothing between two separators.
          if (--pairsLeft === 0) return result;
          from = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (from < end) {
        value += qs.slice(from, end);
      }
      add(name, value, nameEncoded, valueEncoded);
      if (--pairsLeft === 0) return result;
      nameEncoded = valueEncoded = customDecode;
      name = value = '';
      scanner.state = 0;
      from = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;

    if (eqMatched < eqCodes.length) {
      // Still in the name.
      if (code === eqCodes[eqMatched]) {
        if (++eqMatched === eqCodes.length) {
          const end = i - eqMatched + 1;
          if (from < end) name += qs.slice(from, end);
          scanner.state = 0;
          from = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!nameEncoded) {
        const state = scanner.state;
        if (code === 0x25 || (state > 0 && isHex(code))) {
          if (scanner.feed(code)) nameEncoded = true;
          continue;
        }
        scanner.state = 0;
      }
      if (code === 0x2b) {
        name += qs.slice(from, i) + plus;
        from = i + 1;
        continue;
      }
    }

    // In the value, or a name character Node runs through the value's
    // checks too (so a name can mark the value as encoded).
    if (code === 0x2b) {
      value += qs.slice(from, i) + plus;
      from = i + 1;
    } else if (!valueEncoded && scanner.feed(code)) {
      valueEncoded = true;
    }
  }

  if (from < qs.length) {
    if (eqMatched < eqCodes.length) name += qs.slice(from);
    else if (sepMatched < sepCodes.length) value += qs.slice(from);
  } else if (eqMatched === 0 && name.length === 0) {
    return result;
  }
  add(name, value, nameEncoded, valueEncoded);
  return result;
}

function decodeWith(text, decode) {
  try {
    return decode(text);
  } catch {
    return querystring.unescape(text, true);
  }
}
