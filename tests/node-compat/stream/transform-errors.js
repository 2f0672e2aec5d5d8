// Transform errors: from the _transform callback, from _flush, and a throwing _transform.
'use strict';
const { Transform } = require('stream');

function watch(name, t) {
  t.on('error', (err) => console.log(name, 'error', err.message));
  t.on('close', () => console.log(name, 'close'));
  t.on('finish', () => console.log(name, 'finish'));
  t.on('end', () => console.log(name, 'end'));
  t.resume();
}

const a = new Transform({ transform(chunk, enc, cb) { cb(new Error('bad chunk')); } });
watch('a', a);
a.write('x', (err) => console.log('a write cb', err && err.message));

const b = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk); },
  flush(cb) { cb(new Error('bad flush')); },
});
watch('b', b);
b.end('y');

const c = new Transform({ transform() { throw new Error('thrown'); } });
watch('c', c);
try {
  c.write('z');
} catch (err) {
  console.log('c threw synchronously', err.message);
}
