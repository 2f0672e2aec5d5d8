// pipeline(): an error in the middle destroys every stream and reaches the callback once.
'use strict';
const { pipeline, Readable, Transform, Writable } = require('stream');

let i = 0;
const src = new Readable({
  read() {
    i++;
    this.push(i < 100 ? `${i}` : null);
  },
});
const failing = new Transform({
  transform(chunk, encoding, cb) {
    if (chunk.toString() === '3') cb(new Error('transform failed'));
    else cb(null, chunk);
  },
});
const dst = new Writable({ write(chunk, encoding, cb) { cb(); } });
for (const [name, s] of [['src', src], ['failing', failing], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close, destroyed', s.destroyed));
  s.on('error', (err) => console.log(name, 'error', err.message));
}
pipeline(src, failing, dst, (err) => {
  console.log('callback', err && err.message);
  console.log('destroyed', src.destroyed, failing.destroyed, dst.destroyed);
  console.log('dst error', dst.errored && dst.errored.code);
});
