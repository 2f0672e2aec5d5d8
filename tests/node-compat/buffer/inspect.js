// How util.inspect and console.log show Buffers, INSPECT_MAX_BYTES, extra properties and buf.inspect().
'use strict';
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(60, 1));
console.log(Buffer.alloc(51));
console.log([Buffer.from('ab'), { b: Buffer.from('c') }]);
const extra = Buffer.from('xy');
extra.name = 'extra';
extra[Symbol('s')] = 1;
console.log(extra);
console.log(util.inspect(extra, { showHidden: true }));
console.log(Buffer.from('abc').inspect());
console.log(util.inspect(Buffer.from('abc'), { customInspect: false }));
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'), buffer.INSPECT_MAX_BYTES);
console.log(Buffer.from('abcdefgh').inspect());
buffer.INSPECT_MAX_BYTES = 50;
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (err) {
  console.log(err.code, err.message);
}
try {
  buffer.INSPECT_MAX_BYTES = 'x';
} catch (err) {
  console.log(err.code, err.message);
}
class MyBuffer extends Buffer {}
console.log(util.inspect(Buffer.from('sub')), typeof MyBuffer);
console.log(util.format('%s|%o', Buffer.from('f'), Buffer.from('g')));
console.log(`${Buffer.from('template')}`, String(Buffer.from([0xe2, 0x82, 0xac])));
