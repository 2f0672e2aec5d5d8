// require('stream') is the legacy Stream class carrying the stream API; classes, prototypes and instanceof.
'use strict';
const stream = require('stream');
const nodeStream = require('node:stream');
const { EventEmitter } = require('events');

console.log('node: prefix same', stream === nodeStream);
console.log('module is Stream', stream === stream.Stream, typeof stream);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
  'addAbortSignal', 'compose', 'destroy', 'isReadable', 'isErrored', 'isDisturbed', 'isDestroyed', 'isWritable',
  'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair']) {
  console.log(name, typeof stream[name]);
}
console.log('promises', typeof stream.promises.pipeline, typeof stream.promises.finished);
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
const pt = new PassThrough();
console.log('instanceof', pt instanceof Transform, pt instanceof Duplex, pt instanceof Readable,
  pt instanceof Writable, pt instanceof stream, pt instanceof EventEmitter);
console.log('Readable not Writable', new Readable() instanceof Writable);
console.log('without new', Readable() instanceof Readable, Writable() instanceof Writable, PassThrough() instanceof PassThrough);
console.log('prototype chain', Object.getPrototypeOf(Duplex.prototype) === Readable.prototype,
  Object.getPrototypeOf(Readable) === stream);
console.log('ReadableState', typeof Readable.ReadableState, typeof Writable.WritableState);
console.log('string_decoder', typeof require('string_decoder').StringDecoder);

const util = require('util');
function Legacy() {
  Readable.call(this, { objectMode: true });
}
util.inherits(Legacy, Readable);
Legacy.prototype._read = function() {
  this.push('legacy');
  this.push(null);
};
new Legacy().on('data', (d) => console.log('util.inherits subclass', d));

class Modern extends Writable {
  _write(chunk, encoding, cb) {
    console.log('class subclass', chunk.toString());
    cb();
  }
}
new Modern().end('modern');
