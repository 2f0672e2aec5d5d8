// readable.pipe(writable): 'pipe' event, data flow, dest.end() on 'end', and unpipe on 'finish'; { end: false }.
'use strict';
const { Readable, Writable } = require('stream');

function sink(name) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      console.log(name, 'got', chunk.toString());
      cb();
    },
  });
  w.on('pipe', (src) => console.log(name, 'pipe event', src === source));
  w.on('unpipe', (src) => console.log(name, 'unpipe event', src === source));
  w.on('finish', () => console.log(name, 'finish'));
  w.on('close', () => console.log(name, 'close'));
  return w;
}

const source = Readable.from(['a', 'b', 'c'], { objectMode: false });
const ended = sink('ended');
const open = sink('open');
console.log('pipe returns dest', source.pipe(ended) === ended);
source.pipe(open, { end: false });
source.on('end', () => {
  console.log('source end');
  setImmediate(() => console.log('open still writable', open.writable, 'ended writable', ended.writable));
});
