// destroy(err): state flags at once, _destroy, then 'error' and 'close' on the next tick; emitClose and autoDestroy off.
'use strict';
const { Readable, Writable } = require('stream');

const r = new Readable({
  read() {},
  destroy(err, cb) {
    console.log('_destroy', err.message);
    cb(err);
  },
});
r.on('error', (err) => console.log('error', err.message, 'closed', r.closed));
r.on('close', () => console.log('close', 'closed', r.closed));
r.destroy(new Error('first'));
console.log('destroyed', r.destroyed, 'errored', r.errored.message, 'closed', r.closed, 'readable', r.readable);
r.destroy(new Error('second'));
process.nextTick(() => console.log('tick'));

const quiet = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
quiet.on('close', () => console.log('quiet close (not expected)'));
quiet.destroy();
setImmediate(() => console.log('quiet closed', quiet.closed, 'destroyed', quiet.destroyed));

const manual = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('write error')); } });
manual.on('error', (err) => console.log('manual error', err.message, 'destroyed', manual.destroyed));
manual.write('x');

const swallowed = new Readable({
  read() {},
  destroy(err, cb) {
    cb(null);
  },
});
swallowed.on('error', () => console.log('swallowed error (not expected)'));
swallowed.on('close', () => console.log('swallowed close, errored', swallowed.errored && swallowed.errored.message));
swallowed.destroy(new Error('ignored'));
