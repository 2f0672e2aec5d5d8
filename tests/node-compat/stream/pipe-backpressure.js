// pipe() pauses the source when write() returns false and resumes it on 'drain'.
'use strict';
const { Readable, Writable } = require('stream');

let n = 0;
const src = new Readable({
  highWaterMark: 2,
  read() {
    n++;
    console.log('_read', n);
    this.push(n <= 6 ? `${n}` : null);
  },
});
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
const dst = new Writable({
  highWaterMark: 2,
  write(chunk, encoding, cb) {
    console.log('write', chunk.toString(), 'length', this.writableLength);
    setImmediate(cb);
  },
});
dst.on('drain', () => console.log('drain'));
dst.on('finish', () => console.log('finish'));
src.pipe(dst);
