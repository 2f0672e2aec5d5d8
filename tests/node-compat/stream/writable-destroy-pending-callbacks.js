// destroy() while writes are queued: each pending callback gets ERR_STREAM_DESTROYED, then 'close'.
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 100,
  write(chunk, encoding, cb) {
    console.log('_write', chunk.toString());
    setImmediate(cb);
  },
});
w.on('close', () => console.log('close', 'errored', w.errored));
w.on('error', (err) => console.log('error (not expected)', err.code));
w.write('first', (err) => console.log('cb first', err ? err.code : null));
w.write('second', (err) => console.log('cb second', err ? err.code : null));
w.write('third', (err) => console.log('cb third', err ? err.code : null));
w.end((err) => console.log('end cb', err ? err.code : null));
console.log('buffered', w.writableBuffer.length);
w.destroy();
console.log('destroyed', w.destroyed, 'writable', w.writable);
console.log('write after destroy', w.write('x', (err) => console.log('cb x', err.code, err.message)));
