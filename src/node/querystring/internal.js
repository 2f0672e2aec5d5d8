'use strict';
// Percent-encoding shared by querystring, URLSearchParams and the legacy url
// module: each caller says which ASCII bytes stay as they are.

const { ERR_INVALID_URI } = require('internal/errors').codes;

// '%XX' for every byte, upper-case hex.
const hexTable = [];
for (let byte = 0; byte < 256; byte++) hexTable.push(`%${byte < 16 ? '0' : ''}${byte.toString(16).toUpperCase()}`);

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

// `text` with each character outside `noEscape` (an array indexed by ASCII
// code, 1 = keep) replaced by `table`'s entries for its UTF-8 bytes. As in
// Node, a surrogate takes the next code unit as its pair without checking
// it, and one at the very end throws ERR_INVALID_URI.
function encodeStr(text, noEscape, table) {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80 && noEscape[code] === 1) continue;
    if (kept < i) out += text.slice(kept, i);
    if (code < 0x80) {
      out += table[code];
    } else if (code < 0x800) {
      out += table[0xc0 | (code >> 6)] + table[0x80 | (code & 0x3f)];
    } else if (code < 0xd800 || code >= 0xe000) {
      out += table[0xe0 | (code >> 12)] + table[0x80 | ((code >> 6) & 0x3f)] + table[0x80 | (code & 0x3f)];
    } else {
      i++;
      if (i >= text.length) throw new ERR_INVALID_URI();
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      out += table[0xf0 | (code >> 18)] + table[0x80 | ((code >> 12) & 0x3f)] +
        table[0x80 | ((code >> 6) & 0x3f)] + table[0x80 | (code & 0x3f)];
    }
    kept = i + 1;
  }
  if (kept === 0) return text;
  return kept < text.length ? out + text.slice(kept) : out;
}

// querystring.unescapeBuffer: %XX (with two characters after the '%') as
// its byte, '+' as a space if `decodeSpaces`, any other character as its
// code unit's low byte (Node writes it into a Buffer as is).
function unescapeBuffer(text, decodeSpaces) {
  const { Buffer } = require('buffer');
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2b && decodeSpaces) {
      out[length++] = 0x20;
      continue;
    }
    if (code === 0x25 && i < text.length - 2) {
      const high = hexValue(text.charCodeAt(i + 1));
      const low = hexValue(text.charCodeAt(i + 2));
      if (high !== -1 && low !== -1) {
        out[length++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[length++] = code;
  }
  return length === text.length ? out : out.slice(0, length);
}

module.exports = { encodeStr, hexTable, hexValue, unescapeBuffer };
