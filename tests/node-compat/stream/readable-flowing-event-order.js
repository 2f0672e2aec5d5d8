// A flowing Readable: 'data', 'end' and 'close' relative to nextTick and promise jobs.
'use strict';
const { Readable } = require('stream');

const log = (...args) => console.log(...args);
let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    log('_read', size, 'length', this.readableLength);
    n++;
    if (n <= 3) this.push(`chunk${n}`);
    else this.push(null);
  },
});
r.on('resume', () => log('resume'));
r.on('data', (chunk) => {
  log('data', chunk.toString(), 'flowing', r.readableFlowing);
  process.nextTick(() => log('  tick after data', chunk.toString()));
  Promise.resolve().then(() => log('  microtask after data', chunk.toString()));
});
r.on('end', () => log('end', 'readableEnded', r.readableEnded));
r.on('close', () => log('close', 'destroyed', r.destroyed));
log('sync: flowing', r.readableFlowing);
process.nextTick(() => log('first tick'));
Promise.resolve().then(() => log('first microtask'));
setImmediate(() => log('immediate'));
