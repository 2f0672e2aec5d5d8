// Buffers print their bytes in hex.
'use strict';

console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(60, 1));
console.log(Buffer.from([0, 15, 16, 255]));
console.log({ payload: Buffer.from('ab') });
const tagged = Buffer.from('x');
tagged.label = 'tagged';
console.log(tagged);
