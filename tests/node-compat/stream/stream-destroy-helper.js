// stream.destroy(stream, err) and the flags around it: closed, errored, readableAborted, readableDidRead.
'use strict';
const stream = require('stream');
const { Readable, Writable, Duplex } = stream;

const r = new Readable({ read() {} });
r.push('x');
r.read();
console.log('didRead', r.readableDidRead, 'aborted', r.readableAborted, 'closed', r.closed);
r.on('error', (err) => console.log('r error', err.message));
r.on('close', () => console.log('r close, closed', r.closed, 'aborted', r.readableAborted));
stream.destroy(r, new Error('via helper'));

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('w error', err.name, err.code));
w.on('close', () => console.log('w close, writableAborted', w.writableAborted));
stream.destroy(w);

const done = Readable.from([]);
done.resume();
done.on('close', () => {
  stream.destroy(done);
  console.log('destroying a closed stream is a no-op', done.destroyed);
});

const d = new Duplex({ read() {}, write(c, e, cb) { setImmediate(cb); } });
d.write('pending', (err) => console.log('d write cb', err && err.code));
d.on('close', () => console.log('d close, destroyed', d.destroyed, d._readableState.destroyed, d._writableState.destroyed));
d.destroy();
console.log('pipe from a Writable:');
const sink = new Writable({ write(c, e, cb) { cb(); } });
sink.on('error', (err) => console.log('sink error', err.code, err.message));
sink.pipe(new Writable());
