// A Transform holds back its write callbacks while its readable side is over highWaterMark.
'use strict';
const { Transform } = require('stream');

const t = new Transform({
  readableHighWaterMark: 2,
  writableHighWaterMark: 1,
  objectMode: true,
  transform(chunk, encoding, cb) {
    console.log('_transform', chunk);
    cb(null, chunk * 10);
  },
});
for (let i = 1; i <= 5; i++) {
  console.log('write', i, '->', t.write(i, () => console.log('write cb', i)));
}
console.log('readableLength', t.readableLength, 'writableLength', t.writableLength);
setImmediate(() => {
  console.log('reading', t.read(), t.read());
  setImmediate(() => {
    console.log('readableLength', t.readableLength, 'writableLength', t.writableLength);
    t.on('data', (d) => console.log('data', d));
  });
});
