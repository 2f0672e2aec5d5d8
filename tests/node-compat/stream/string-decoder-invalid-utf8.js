// StringDecoder utf8 with invalid input: stray continuation bytes, interrupted sequences, overlongs, surrogates.
'use strict';
const { StringDecoder } = require('string_decoder');

const cases = [
  [[0x80]],
  [[0xe2], [0x41]],
  [[0xe2, 0x82], [0x41, 0x42]],
  [[0xf0, 0x9f], [0x98], [0x41]],
  [[0xc0, 0xaf]],
  [[0xed, 0xa0, 0x80]],
  [[0xff, 0xfe, 0x41]],
  [[0xf8, 0x88, 0x80, 0x80, 0x80]],
  [[0xe2], [0x82], [0xac]],
  [[0x41, 0x80, 0x80, 0x80, 0x80]],
  [[0xf4, 0x90, 0x80, 0x80]],
  [[0xe2, 0x82, 0xac, 0xe2], []],
];
for (const chunks of cases) {
  const d = new StringDecoder('utf8');
  const parts = chunks.map((c) => d.write(Buffer.from(c)));
  parts.push(d.end());
  console.log(JSON.stringify(chunks), parts.map((p) => [...p].map((c) => c.codePointAt(0).toString(16)).join(' ')).join(' | '));
}
