// StringDecoder utf8: characters split across writes at every byte boundary, lastNeed/lastTotal, end().
'use strict';
const { StringDecoder } = require('string_decoder');

const text = 'a€b😀c©';
const bytes = Buffer.from(text, 'utf8');
for (let split = 0; split <= bytes.length; split++) {
  const d = new StringDecoder('utf8');
  const first = d.write(bytes.subarray(0, split));
  const need = [d.lastNeed, d.lastTotal];
  const second = d.write(bytes.subarray(split));
  console.log(split, JSON.stringify(first), need.join('/'), JSON.stringify(second), JSON.stringify(d.end()));
}
const byByte = new StringDecoder('utf8');
let out = '';
for (const b of bytes) out += byByte.write(Buffer.from([b]));
console.log('byte by byte', out === text);
const cut = new StringDecoder('utf8');
console.log('incomplete at end', JSON.stringify(cut.write(Buffer.from([0x61, 0xe2, 0x82]))),
  JSON.stringify(cut.end()), 'reusable', JSON.stringify(cut.write(Buffer.from('ok'))));
console.log('lastChar', [...new StringDecoder('utf8').lastChar]);
