// StringDecoder over seeded random byte strings cut at random places, every encoding: a checksum of the output.
'use strict';
const { StringDecoder } = require('string_decoder');

let seed = 12345;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

// Mostly multi-byte lead and continuation bytes, so characters get split and broken.
const alphabet = [0x41, 0x7a, 0x80, 0x8f, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff,
  0x00, 0xd8, 0xdc, 0x3d];

function checksum(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}

for (const encoding of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  let mismatches = 0;
  let all = '';
  for (let round = 0; round < 300; round++) {
    const bytes = Buffer.alloc(1 + random(24));
    for (let i = 0; i < bytes.length; i++) bytes[i] = alphabet[random(alphabet.length)];
    const d = new StringDecoder(encoding);
    let out = '';
    let pos = 0;
    while (pos < bytes.length) {
      const size = random(5);
      out += d.write(bytes.subarray(pos, pos + size));
      pos += size;
    }
    out += d.end();
    // Decoding whole must give the same text (not for utf8/utf16le where a split may change replacement).
    if (encoding !== 'base64' && encoding !== 'base64url' && out !== bytes.toString(encoding)) mismatches++;
    all += out + '|';
  }
  console.log(encoding, checksum(all), 'differs from toString', mismatches);
}
