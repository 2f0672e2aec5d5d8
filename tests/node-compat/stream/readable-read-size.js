// read(n) in byte mode: partial reads across chunks, reading more than is buffered, highWaterMark growth.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 8, read() {} });
r.push('hello');
r.push(' ');
r.push('world');
console.log('length', r.readableLength);
console.log('read(3)', JSON.stringify(String(r.read(3))));
console.log('read(4)', JSON.stringify(String(r.read(4))));
console.log('read(100) before end', r.read(100));
console.log('hwm after read(100)', r.readableHighWaterMark);
r.push(null);
console.log('read(100) after end', JSON.stringify(String(r.read(100))));
console.log('read() at end', r.read());
r.on('end', () => console.log('end'));
console.log('read(0)', r.read(0));
