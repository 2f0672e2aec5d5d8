// Calling the _write callback twice errors with ERR_MULTIPLE_CALLBACK.
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, encoding, cb) {
    cb();
    cb();
  },
});
w.on('error', (err) => console.log('error', err.name, err.code, err.message));
w.on('close', () => console.log('close'));
w.write('x', () => console.log('write cb'));
