// A file-like Readable: async open in _construct, reads completing in later turns, close in _destroy.
'use strict';
const { Readable } = require('stream');

const file = ['line 1\n', 'line 2\n', 'line 3\n'];
class FakeFileStream extends Readable {
  constructor() {
    super({ highWaterMark: 8 });
    this.pos = 0;
  }

  _construct(cb) {
    console.log('open');
    setImmediate(() => {
      this.emit('open', 3);
      this.emit('ready');
      cb();
    });
  }

  _read(size) {
    console.log('_read', size);
    setImmediate(() => this.push(this.pos < file.length ? file[this.pos++] : null));
  }

  _destroy(err, cb) {
    console.log('close fd', err);
    setImmediate(() => cb(err));
  }
}

const s = new FakeFileStream();
s.on('open', (fd) => console.log('event open', fd));
s.on('ready', () => console.log('event ready'));
s.setEncoding('utf8');
let all = '';
s.on('data', (d) => {
  all += d;
  console.log('data', JSON.stringify(d));
});
s.on('end', () => console.log('end', JSON.stringify(all)));
s.on('close', () => console.log('close'));
