// _final failing: the end() callback and 'error' get the error, no 'finish'; throwing in _final too.
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) {
    setImmediate(() => cb(new Error('final failed')));
  },
});
w.on('error', (err) => console.log('error', err.message));
w.on('finish', () => console.log('finish (not expected)'));
w.on('close', () => console.log('close'));
w.end('x', (err) => console.log('end cb', err && err.message));

const t = new Writable({
  write(c, e, cb) { cb(); },
  final() {
    throw new Error('final threw');
  },
});
t.on('error', (err) => console.log('t error', err.message));
t.on('close', () => console.log('t close'));
t.end();
console.log('after end, t destroyed', t.destroyed);
