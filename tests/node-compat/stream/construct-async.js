// _construct delays _read/_write/_final until its callback; destroy() during construction waits for it.
'use strict';
const { Readable, Writable } = require('stream');

const r = new Readable({
  construct(cb) {
    console.log('r construct');
    setImmediate(() => {
      console.log('r construct done');
      cb();
    });
  },
  read() {
    console.log('r _read');
    this.push('x');
    this.push(null);
  },
});
r.on('data', (d) => console.log('r data', d.toString()));
r.on('end', () => console.log('r end'));

const w = new Writable({
  construct(cb) {
    console.log('w construct');
    setImmediate(cb);
  },
  write(chunk, encoding, cb) {
    console.log('w _write', chunk.toString());
    cb();
  },
  final(cb) {
    console.log('w _final');
    cb();
  },
});
w.write('early');
w.end();
w.on('finish', () => console.log('w finish'));

const d = new Writable({
  construct(cb) {
    setImmediate(() => {
      console.log('d construct done');
      cb();
    });
  },
  destroy(err, cb) {
    console.log('d _destroy', err);
    cb(err);
  },
});
d.on('close', () => console.log('d close'));
d.destroy();
console.log('d destroyed immediately', d.destroyed);

const failing = new Readable({
  construct(cb) {
    cb(new Error('construct failed'));
  },
  read() {},
});
failing.on('error', (err) => console.log('failing error', err.message));
failing.on('close', () => console.log('failing close'));
