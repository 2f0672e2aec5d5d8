// pause()/resume(): 'pause'/'resume' events, isPaused(), readableFlowing and buffering while paused.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
console.log('initial flowing', r.readableFlowing, 'isPaused', r.isPaused());
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
r.on('data', (d) => console.log('data', d));
console.log('after on(data) flowing', r.readableFlowing);
r.push(1);
r.pause();
console.log('after pause flowing', r.readableFlowing, 'isPaused', r.isPaused());
r.push(2);
r.push(3);
setImmediate(() => {
  console.log('buffered while paused', r.readableLength);
  r.resume();
  console.log('after resume flowing', r.readableFlowing);
  r.push(4);
  r.push(null);
});
r.on('end', () => console.log('end'));
