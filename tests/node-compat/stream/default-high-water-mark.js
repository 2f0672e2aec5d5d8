// setDefaultHighWaterMark() changes the highWaterMark of streams created afterwards; explicit values win.
'use strict';
const { Readable, Writable, Duplex, getDefaultHighWaterMark, setDefaultHighWaterMark } = require('stream');

console.log('object mode default', getDefaultHighWaterMark(true));
setDefaultHighWaterMark(false, 1000);
setDefaultHighWaterMark(true, 3);
console.log('after set', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
console.log('readable', new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
console.log('writable', new Writable().writableHighWaterMark, new Writable({ highWaterMark: 7 }).writableHighWaterMark);
const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5 });
console.log('duplex', d.readableHighWaterMark, d.writableHighWaterMark);
const both = new Duplex({ highWaterMark: 9, readableHighWaterMark: 1 });
console.log('highWaterMark wins', both.readableHighWaterMark, both.writableHighWaterMark);
for (const bad of [-1, 1.5, 'x']) {
  try {
    setDefaultHighWaterMark(false, bad);
  } catch (err) {
    console.log('set', JSON.stringify(bad), err.code);
  }
  try {
    new Readable({ highWaterMark: bad });
  } catch (err) {
    console.log('option', JSON.stringify(bad), err.code, err.message);
  }
}
