// end() with an async _final: 'prefinish', end callback, 'finish', 'close' order against ticks.
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, encoding, cb) {
    console.log('_write', chunk.toString());
    process.nextTick(cb);
  },
  final(cb) {
    console.log('_final');
    setImmediate(() => {
      console.log('_final done');
      cb();
      console.log('after final cb');
    });
  },
});
for (const ev of ['prefinish', 'finish', 'close']) {
  w.on(ev, () => {
    console.log('event', ev, 'writableFinished', w.writableFinished);
    process.nextTick(() => console.log('  tick after', ev));
  });
}
w.write('one', () => console.log('write cb'));
w.end('two', () => console.log('end cb'));
console.log('writableEnded', w.writableEnded, 'writableFinished', w.writableFinished);

const sync = new Writable({ write(c, e, cb) { cb(); } });
sync.on('finish', () => console.log('sync finish'));
sync.on('close', () => console.log('sync close'));
sync.end('x');
process.nextTick(() => console.log('tick after sync end'));
