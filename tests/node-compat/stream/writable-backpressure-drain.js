// write() returns false at highWaterMark; 'drain' once the buffer empties; writableLength/NeedDrain along the way.
'use strict';
const { Writable } = require('stream');

const pending = [];
const w = new Writable({
  highWaterMark: 10,
  write(chunk, encoding, cb) {
    console.log('_write', chunk.toString(), encoding);
    pending.push(cb);
  },
});
w.on('drain', () => console.log('drain, length', w.writableLength, 'needDrain', w.writableNeedDrain));
console.log('write 1 ->', w.write('aaaa'), w.writableLength);
console.log('write 2 ->', w.write('bbbb'), w.writableLength);
console.log('write 3 ->', w.write('cccc', () => console.log('cb 3')), w.writableLength, 'needDrain', w.writableNeedDrain);
console.log('buffered', w.writableBuffer.length);
function release() {
  const cb = pending.shift();
  if (!cb) return;
  console.log('release, length', w.writableLength);
  cb();
  setImmediate(release);
}
setImmediate(release);
