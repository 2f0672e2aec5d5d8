// An error on the destination unpipes it; the source stays usable and the error still reaches listeners.
'use strict';
const { PassThrough, Writable } = require('stream');

const src = new PassThrough();
const dst = new Writable({
  write(chunk, encoding, cb) {
    cb(new Error('dest failed'));
  },
});
dst.on('unpipe', () => console.log('unpipe'));
dst.on('error', (err) => console.log('dest error', err.message, 'pipes left', src._readableState.pipes.length));
dst.on('close', () => console.log('dest close'));
src.pipe(dst);
src.write('x');
setImmediate(() => console.log('src destroyed', src.destroyed, 'flowing', src.readableFlowing));
