// write() after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END, in that order, then 'close'.
'use strict';
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('error event', err.code, err.message));
w.on('close', () => console.log('close'));
w.on('finish', () => console.log('finish'));
w.end();
console.log('write returns', w.write('late', (err) => console.log('write cb', err && err.code)));
console.log('writable', w.writable, 'destroyed', w.destroyed);
process.nextTick(() => console.log('tick'));

const w2 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
w2.on('error', (err) => console.log('w2 error', err.code));
w2.on('close', () => console.log('w2 close (not expected)'));
w2.end();
w2.write('late');
console.log('w2 destroyed', w2.destroyed, 'errored', w2.errored && w2.errored.code);
w2.end(() => {});
w2.end((err) => console.log('w2 second end cb', err && err.code));
