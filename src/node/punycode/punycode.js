'use strict';
// `punycode`: Punycode (RFC 3492) and IDNA label mapping as Node 24's
// bundled punycode.js 2.1.0 has them: encode, decode, toASCII, toUnicode,
// ucs2.decode/encode, version, with its RangeError messages.
//
// Loading it is deprecated at runtime (DEP0040), as in Node 24: the warning
// is emitted on the first require unless a frame of the requiring stack is
// inside a node_modules folder (Node's isInsideNodeModules), so packages
// that still use it do not warn on their users' behalf.

const maxInt = 0x7fffffff;
// RFC 3492 section 5: the Bootstring parameters for Punycode.
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 0x80;
const delimiter = '-';

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalidInput: 'Invalid input',
};

function fail(kind) {
  throw new RangeError(messages[kind]);
}

// A string's code points, where a lone surrogate stays one code point.
function ucs2decode(string) {
  const codePoints = [];
  for (let i = 0; i < string.length; i++) {
    const unit = string.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < string.length) {
      const next = string.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        codePoints.push(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    codePoints.push(unit);
  }
  return codePoints;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// The value of a basic code point as a digit (0-9 are 26-35), or `base`.
function digitOf(codePoint) {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30 + 26;
  if (codePoint >= 0x41 && codePoint <= 0x5a) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint <= 0x7a) return codePoint - 0x61;
  return base;
}

// The lowercase letter or the digit for a digit value.
function basicOf(digit) {
  return digit < 26 ? 0x61 + digit : 0x30 + digit - 26;
}

// Section 6.1.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

// Section 6.2.
function decode(input) {
  const output = [];
  let basic = input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const unit = input.charCodeAt(j);
    if (unit >= 0x80) fail('notBasic');
    output.push(unit);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) fail('invalidInput');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) fail('invalidInput');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > maxInt - n) fail('overflow');
    n += Math.floor(i / length);
    i %= length;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

// Section 6.3.
function encode(input) {
  const codePoints = ucs2decode(input);
  let output = '';
  for (const codePoint of codePoints) {
    if (codePoint < 0x80) output += String.fromCharCode(codePoint);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += delimiter;
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < codePoints.length) {
    let m = maxInt;
    for (const codePoint of codePoints) {
      if (codePoint >= n && codePoint < m) m = codePoint;
    }
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const codePoint of codePoints) {
      if (codePoint < n && ++delta > maxInt) fail('overflow');
      if (codePoint !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += String.fromCharCode(basicOf(t + ((q - t) % (base - t))));
        q = Math.floor((q - t) / (base - t));
      }
      output += String.fromCharCode(basicOf(q));
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

// Applies `convert` to each label of a domain, or of the part of an email
// address after its first '@', with every IDNA dot taken as '.'.
function mapDomain(text, convert) {
  const parts = text.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = `${parts[0]}@`;
    text = parts[1];
  }
  const labels = text.replace(/[\u002e\u3002\uff0e\uff61]/g, '.').split('.');
  return prefix + labels.map(convert).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7e]/.test(label) ? `xn--${encode(label)}` : label));
}

// Any frame of the requiring stack (up to 100 deep) in a node_modules folder.
function requiredFromNodeModules() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = `${new Error().stack}`;
  Error.stackTraceLimit = limit;
  return stack.split('\n').some((line) => /^\s+at /.test(line) && !/\(?node:/.test(line) &&
    /[/\\]node_modules[/\\]/.test(line));
}

if (!requiredFromNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
