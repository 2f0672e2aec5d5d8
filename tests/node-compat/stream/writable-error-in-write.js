// _write calling back with an error: write callback first, then 'error', then 'close'; errored and writableAborted.
'use strict';
const { Writable } = require('stream');

for (const sync of [true, false]) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      const err = new Error(`fail ${chunk}`);
      if (sync) cb(err);
      else setImmediate(cb, err);
    },
  });
  const tag = sync ? 'sync' : 'async';
  w.on('error', (err) => console.log(tag, 'error event', err.message, 'errored', w.errored === err));
  w.on('close', () => console.log(tag, 'close', 'aborted', w.writableAborted));
  w.on('finish', () => console.log(tag, 'finish (not expected)'));
  console.log(tag, 'write returns', w.write('x', (err) => console.log(tag, 'write cb', err.message)));
  w.write('y', (err) => console.log(tag, 'buffered cb', err.message));
  console.log(tag, 'after write, destroyed', w.destroyed);
}
