// Object mode counts objects: highWaterMark 16 by default, write() false at the mark, read() one object.
'use strict';
const { Readable, Writable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(obj, enc, cb) { setImmediate(cb); } });
console.log('hwm', r.readableHighWaterMark, w.writableHighWaterMark);
const pushes = [];
for (let i = 0; i < 18; i++) pushes.push(r.push({ i }));
console.log('push results', pushes.join(','));
console.log('length', r.readableLength, 'read', JSON.stringify(r.read()), JSON.stringify(r.read(5)));
const writes = [];
for (let i = 0; i < 17; i++) writes.push(w.write(i === 3 ? 'str' : i));
console.log('write results', writes.join(','), 'length', w.writableLength);
w.on('drain', () => console.log('drain'));

const small = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
console.log('small push', small.push(1), small.push(2), small.push(3), small.readableLength);
const zero = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
console.log('zero push', zero.push('a'), zero.readableLength);
