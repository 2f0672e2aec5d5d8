// for await over a Readable that pushes asynchronously, in byte and object mode.
'use strict';
const { Readable } = require('stream');

function makeSource(objectMode) {
  let i = 0;
  return new Readable({
    objectMode,
    highWaterMark: objectMode ? 2 : 4,
    read() {
      i++;
      setImmediate(() => this.push(i <= 4 ? (objectMode ? { i } : `c${i}`) : null));
    },
  });
}

(async () => {
  for (const objectMode of [false, true]) {
    const r = makeSource(objectMode);
    r.on('close', () => console.log('close event', objectMode));
    const got = [];
    for await (const chunk of r) got.push(objectMode ? chunk.i : chunk.toString());
    console.log('objectMode', objectMode, JSON.stringify(got), 'destroyed', r.destroyed);
  }
})();
