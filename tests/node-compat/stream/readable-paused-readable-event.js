// A paused Readable with a 'readable' listener: read() loops, buffered length and 'end'.
'use strict';
const { Readable } = require('stream');

const chunks = ['ab', 'cde', 'f', null];
const r = new Readable({
  highWaterMark: 5,
  read() {
    const next = chunks.shift();
    console.log('_read ->', next);
    setImmediate(() => this.push(next));
  },
});
r.on('readable', () => {
  console.log('readable, length', r.readableLength, 'flowing', r.readableFlowing);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('  read', JSON.stringify(chunk.toString()));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
