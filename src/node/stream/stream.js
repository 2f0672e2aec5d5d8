'use strict';
// node:stream: the legacy `Stream` class as the module itself, with
// Readable (and its iterator-helper operators), Writable, Duplex, Transform,
// PassThrough, duplexPair, pipeline, finished, compose, addAbortSignal,
// destroy, the is* queries, the default highWaterMark and `promises`.
// Not supported yet: WHATWG streams (Readable.toWeb/fromWeb and friends
// throw ERR_METHOD_NOT_IMPLEMENTED).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const compose = require('internal/streams/compose');
const utils = require('internal/streams/utils');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const promises = require('stream/promises');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// Operators are methods that refuse `new` and carry the operator's name and length.
function defineOperators(operators, wrap) {
  for (const key of Object.keys(operators)) {
    const op = operators[key];
    const fn = function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return wrap(Reflect.apply(op, this, args));
    };
    Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
    Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
    Object.defineProperty(Stream.Readable.prototype, key, {
      __proto__: null,
      value: fn,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
}
defineOperators(streamReturningOperators, (result) => Stream.Readable.from(result));
defineOperators(promiseReturningOperators, (result) => result);

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform').Transform;
Stream.PassThrough = require('internal/streams/transform').PassThrough;
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return promises;
  },
});

// util.promisify(pipeline) and util.promisify(finished) are the promise versions.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return promises.pipeline;
  },
});
Object.defineProperty(eos, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return promises.finished;
  },
});

// Backwards compatibility with Node 0.4.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
