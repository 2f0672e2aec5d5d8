// write(null) throws ERR_STREAM_NULL_VALUES; a number throws ERR_INVALID_ARG_TYPE; objectMode takes anything but null.
'use strict';
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
for (const value of [null, 42, {}, undefined]) {
  try {
    w.write(value);
    console.log('accepted', value);
  } catch (err) {
    console.log(String(value), err.name, err.code, err.message);
  }
}
const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('object', JSON.stringify(c)); cb(); } });
o.write(42);
o.write({ a: 1 });
o.write(false);
try {
  o.write(null);
} catch (err) {
  console.log('object null', err.code);
}
console.log('not destroyed', w.destroyed, o.destroyed);
