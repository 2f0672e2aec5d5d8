// highWaterMark 0: nothing is read ahead; read() drives _read, and a Transform with hwm 0 passes one at a time.
'use strict';
const { Readable, Transform } = require('stream');

let n = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    n++;
    console.log('_read', n);
    this.push(n < 3 ? `v${n}` : null);
  },
});
setImmediate(() => {
  console.log('no _read yet', n);
  r.on('data', (d) => console.log('data', d.toString()));
  r.on('end', () => console.log('end'));
});

const t = new Transform({
  highWaterMark: 0,
  objectMode: true,
  transform(chunk, encoding, cb) {
    console.log('transform', chunk);
    cb(null, chunk);
  },
});
console.log('t hwm', t.readableHighWaterMark, t.writableHighWaterMark);
console.log('t write', t.write(1), t.write(2));
setImmediate(() => console.log('t read', t.read(), t.read()));
