// unpipe(): stops the flow into one destination, pauses the source when none is left.
'use strict';
const { PassThrough, Writable } = require('stream');

const src = new PassThrough();
const seen = { a: [], b: [] };
function sink(name) {
  return new Writable({
    write(chunk, encoding, cb) {
      seen[name].push(chunk.toString());
      cb();
    },
  });
}
const a = sink('a');
const b = sink('b');
src.pipe(a);
src.pipe(b);
console.log('pipes', src._readableState.pipes.length);
src.write('1');
setImmediate(() => {
  src.unpipe(a);
  console.log('after unpipe a: pipes', src._readableState.pipes.length, 'flowing', src.readableFlowing);
  src.write('2');
  setImmediate(() => {
    src.unpipe();
    console.log('after unpipe all: flowing', src.readableFlowing, 'isPaused', src.isPaused());
    src.write('3');
    setImmediate(() => {
      console.log(JSON.stringify(seen), 'buffered', src.readableLength);
    });
  });
});
