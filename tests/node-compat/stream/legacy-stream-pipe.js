// The legacy Stream class: an EventEmitter with the old pipe() (writes on 'data', ends on 'end').
'use strict';
const Stream = require('stream');

const src = new Stream();
src.readable = true;
const dst = new Stream();
dst.writable = true;
dst.write = (chunk) => {
  console.log('write', chunk);
  return true;
};
dst.end = () => console.log('dst end');
dst.on('pipe', (s) => console.log('pipe event', s === src));
src.pipe(dst);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');
src.emit('data', 'after end');
console.log('eventNames', src.eventNames(), new Stream.Readable().eventNames());
