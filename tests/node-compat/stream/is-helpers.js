// isReadable, isWritable, isErrored, isDisturbed, isDestroyed over a stream's life.
'use strict';
const { Readable, Writable, isReadable, isWritable, isErrored, isDisturbed, isDestroyed } = require('stream');

const r = new Readable({ read() {} });
const show = (label) => console.log(label, isReadable(r), isErrored(r), isDisturbed(r), isDestroyed(r));
show('fresh');
r.push('x');
r.read();
show('after read');
r.on('error', () => {});
r.destroy(new Error('x'));
show('destroyed with error');

const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writable', isWritable(w));
w.end();
console.log('after end', isWritable(w), isDestroyed(w));
console.log('non-streams', isReadable({}), isWritable(null), isErrored({}), isDisturbed({}), isDestroyed({}));
