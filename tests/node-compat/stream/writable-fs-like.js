// A file-like Writable: async open in _construct buffers early writes; _writev batches; close in _destroy.
'use strict';
const { Writable } = require('stream');

const written = [];
const w = new Writable({
  highWaterMark: 16,
  construct(cb) {
    console.log('open');
    setImmediate(() => {
      console.log('opened');
      cb();
    });
  },
  write(chunk, encoding, cb) {
    console.log('_write', chunk.toString());
    written.push(chunk.toString());
    setImmediate(cb);
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.length);
    for (const { chunk } of chunks) written.push(chunk.toString());
    setImmediate(cb);
  },
  destroy(err, cb) {
    console.log('close fd');
    setImmediate(() => cb(err));
  },
});
console.log('write a', w.write('aaaaaaaa'));
console.log('write b', w.write('bbbbbbbb'));
console.log('write c', w.write('cc'));
w.end('dd');
w.on('drain', () => console.log('drain (not expected after end)'));
w.on('finish', () => console.log('finish', written.join(',')));
w.on('close', () => console.log('close'));
