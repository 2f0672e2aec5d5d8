// _writev receives everything queued behind a slow write; each chunk's callback runs when _writev calls back.
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 3,
  decodeStrings: false,
  write(chunk, encoding, cb) {
    console.log('_write', chunk, encoding);
    setImmediate(cb);
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map(({ chunk, encoding }) => `${chunk}:${encoding}`).join(' '), chunks.allBuffers);
    setImmediate(cb);
  },
});
for (const s of ['a', 'b', 'c', 'd']) console.log('write', s, w.write(s, () => console.log('cb', s)));
w.write(Buffer.from('e'), () => console.log('cb e'));
w.on('drain', () => console.log('drain'));
w.end(() => console.log('end cb'));
w.on('finish', () => console.log('finish'));
