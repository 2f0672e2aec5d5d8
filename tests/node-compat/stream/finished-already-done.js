// finished() on streams that have already ended, finished, errored or closed calls back on a later tick.
'use strict';
const { finished, Readable, Writable } = require('stream');

const r = Readable.from(['a']);
r.resume();
r.on('close', () => {
  finished(r, (err) => console.log('already closed readable:', err));
  console.log('registered after close');
});

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', () => {});
w.destroy(new Error('gone'));
w.on('close', () => finished(w, (err) => console.log('already errored writable:', err.message)));

const noAuto = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
noAuto.end();
noAuto.on('finish', () => {
  finished(noAuto, (err) => console.log('finished without close:', err));
  process.nextTick(() => console.log('tick after registering'));
});
try {
  finished({}, () => {});
} catch (err) {
  console.log('not a stream', err.code);
}
