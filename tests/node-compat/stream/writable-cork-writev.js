// cork()/uncork() batch writes into one _writev; end() uncorks; callbacks and 'finish' order.
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, encoding, cb) {
    console.log('_write', chunk.toString());
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => c.chunk.toString()).join('|'), 'allBuffers', chunks.allBuffers);
    cb();
  },
});
w.cork();
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
console.log('corked', w.writableCorked, 'length', w.writableLength);
process.nextTick(() => {
  w.uncork();
  console.log('uncorked', w.writableCorked);
  w.write('c');
  w.cork();
  w.cork();
  w.write('d');
  w.write('e');
  w.end('f', () => console.log('end cb'));
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
