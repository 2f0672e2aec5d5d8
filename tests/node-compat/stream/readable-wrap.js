// Readable.prototype.wrap turns an old-style emitter of 'data'/'end' into a Readable with backpressure.
'use strict';
const { Readable } = require('stream');
const { EventEmitter } = require('events');

const old = new EventEmitter();
old.pause = () => console.log('old paused');
old.resume = () => console.log('old resumed');
const r = new Readable({ highWaterMark: 4 }).wrap(old);
old.emit('data', Buffer.from('abc'));
old.emit('data', Buffer.from('defg'));
console.log('buffered', r.readableLength);
r.on('data', (d) => console.log('data', d.toString()));
r.on('end', () => console.log('end'));
setImmediate(() => old.emit('end'));
