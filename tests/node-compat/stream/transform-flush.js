// Transform: _transform output, _flush pushing the tail, and the prefinish/finish/end/close order.
'use strict';
const { Transform } = require('stream');

let total = 0;
const t = new Transform({
  transform(chunk, encoding, cb) {
    total += chunk.length;
    console.log('_transform', chunk.toString(), encoding);
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    console.log('_flush');
    setImmediate(() => cb(null, `[total ${total}]`));
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.on('data', (d) => console.log('data', d.toString()));
t.write('abc');
t.write('de', () => console.log('write cb de'));
t.end(() => console.log('end cb'));
