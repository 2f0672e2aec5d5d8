// Strings become Buffers unless decodeStrings is false; encodings given to _write; setDefaultEncoding.
'use strict';
const { Writable } = require('stream');

function make(options) {
  return new Writable({
    ...options,
    write(chunk, encoding, cb) {
      console.log(options.name, typeof chunk, Buffer.isBuffer(chunk), encoding, JSON.stringify(chunk.toString()));
      cb();
    },
  });
}

const a = make({ name: 'decode' });
a.write('héllo');
a.write('68656c6c6f', 'hex');
a.write(new Uint8Array([104, 105]));

const b = make({ name: 'keep', decodeStrings: false });
b.write('héllo');
b.write('aGk=', 'base64');
b.setDefaultEncoding('LATIN1');
b.write('x');
b.write(Buffer.from('buf'));

const c = make({ name: 'default', defaultEncoding: 'hex', decodeStrings: false });
c.write('ff');
try {
  c.setDefaultEncoding('nope');
} catch (err) {
  console.log('bad encoding', err.code, err.message);
}
try {
  c.write('x', 'nope');
} catch (err) {
  console.log('bad write encoding', err.code);
}
