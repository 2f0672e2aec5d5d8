// pipeline(): data through a Transform into a Writable; the callback after 'finish' and 'close'.
'use strict';
const { pipeline, Readable, Transform, Writable } = require('stream');

const out = [];
const src = Readable.from(['a', 'b', 'c']);
const upper = new Transform({
  objectMode: true,
  transform(chunk, encoding, cb) {
    cb(null, chunk.toUpperCase());
  },
});
const dst = new Writable({
  objectMode: true,
  write(chunk, encoding, cb) {
    out.push(chunk);
    cb();
  },
});
for (const [name, s] of [['src', src], ['upper', upper], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close'));
}
dst.on('finish', () => console.log('dst finish'));
const ret = pipeline(src, upper, dst, (err) => {
  console.log('callback', err, out.join(''));
});
console.log('returns last', ret === dst);
try {
  pipeline(src, () => {});
} catch (err) {
  console.log('too few', err.code, err.message);
}
