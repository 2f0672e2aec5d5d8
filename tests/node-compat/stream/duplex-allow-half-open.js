// Duplex: allowHalfOpen false ends the writable side after 'end'; with the default the writable stays open.
'use strict';
const { Duplex } = require('stream');

function make(name, allowHalfOpen) {
  const d = new Duplex({
    allowHalfOpen,
    read() {},
    write(chunk, encoding, cb) {
      console.log(name, '_write', chunk.toString());
      cb();
    },
    final(cb) {
      console.log(name, '_final');
      cb();
    },
  });
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => console.log(name, ev, 'writable', d.writable));
  d.resume();
  d.write('in');
  d.push('out');
  d.push(null);
  return d;
}

make('halfOpenFalse', false);
const open = make('default', undefined);
setImmediate(() => {
  console.log('default still writable', open.writable, 'allowHalfOpen', open.allowHalfOpen);
  open.end('last');
});
