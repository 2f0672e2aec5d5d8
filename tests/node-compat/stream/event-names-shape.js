// Streams pre-create their common event slots: eventNames() lists only events with listeners.
'use strict';
const { Readable, Writable, Duplex } = require('stream');

const r = new Readable();
console.log('readable', r.eventNames(), r.listenerCount('data'));
r.on('data', () => {});
r.on('custom', () => {});
console.log('readable with listeners', r.eventNames());
const w = new Writable();
w.once('finish', () => {});
console.log('writable', w.eventNames());
console.log('duplex', new Duplex().eventNames());
