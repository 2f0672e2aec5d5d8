// setEncoding: multi-byte characters split across pushes, and data buffered before setEncoding.
'use strict';
const { Readable } = require('stream');

const euro = Buffer.from('€uro ünïcode 😀', 'utf8');
const r = new Readable({ read() {} });
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1, 5));
r.setEncoding('utf8');
console.log('encoding', r.readableEncoding, 'length after setEncoding', r.readableLength);
for (let i = 5; i < euro.length; i += 3) r.push(euro.subarray(i, i + 3));
r.push(null);
const out = [];
r.on('data', (s) => out.push(s));
r.on('end', () => {
  console.log('chunks are strings', out.every((s) => typeof s === 'string'));
  console.log('joined', out.join(''));
});

const h = new Readable({ encoding: 'hex', read() {} });
h.push(Buffer.from([1, 2, 255]));
h.push('ab', 'latin1');
h.push(null);
h.on('data', (s) => console.log('hex data', s));
