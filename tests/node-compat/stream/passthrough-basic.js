// PassThrough passes chunks through unchanged, in byte and object mode.
'use strict';
const { PassThrough, Transform } = require('stream');

const p = new PassThrough();
console.log('is Transform', p instanceof Transform);
p.on('data', (d) => console.log('bytes', Buffer.isBuffer(d), d.toString()));
p.on('end', () => console.log('end bytes'));
p.write('one');
p.end(Buffer.from('two'));

const o = new PassThrough({ objectMode: true });
o.on('data', (d) => console.log('object', JSON.stringify(d)));
o.on('end', () => console.log('end objects'));
o.write({ a: 1 });
o.write([2]);
o.end('three');
