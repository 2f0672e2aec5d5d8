'use strict';
// internal/streams/writable: stream.Writable. write() hands one chunk at a
// time to _write() (or batches to _writev()) and buffers the rest; it returns
// false once highWaterMark is reached and 'drain' follows when the buffer
// empties. cork()/uncork(), end() with _final(), 'prefinish'/'finish',
// destroy() failing pending callbacks, and autoDestroy after 'finish'.
//
// Callback and event timing follows Node exactly: a _write() that calls back
// synchronously has its write callback (and 'drain') deferred to the next
// tick, several such callbacks share one tick, and 'finish' always comes
// asynchronously after _final(). The state keeps Node's field names.
// Not supported: Writable.toWeb/fromWeb (no WHATWG streams yet).
// NODE-DIFF: as in readable.js, the state's flags are plain properties, not
// Node's bit field, which only util.inspect(stream) shows.

module.exports = Writable;
Writable.WritableState = WritableState;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getHighWaterMark, getDefaultHighWaterMark, kOnConstructed } = require('internal/streams/utils');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const { errorOrDestroy } = destroyImpl;
let eos;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

// The queue of writes waiting their turn: an array, or null when reset.
const kBufferedValue = Symbol('kBufferedValue');
// end() callbacks waiting for 'finish' (or an error).
const kOnFinished = Symbol('kOnFinished');

function WritableState(options, stream, isDuplex) {
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.writableObjectMode)));

  // write() returns false from this length on; with 0 it does unless the
  // chunk was written synchronously.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.finalCalled = false;
  this.needDrain = false;
  // end() was called / has returned.
  this.ending = false;
  this.ended = false;
  // 'finish' was emitted.
  this.finished = false;
  this.destroyed = false;
  // Turn strings into Buffers before _write (off for streams taking strings).
  this.decodeStrings = !(options && options.decodeStrings === false);

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (or objects) written but not yet acknowledged by _write.
  this.length = 0;
  this.writing = false;
  // cork() depth; while non-zero everything is buffered.
  this.corked = 0;
  // True while _write runs, to tell a synchronous callback from a later one.
  this.sync = true;
  // Emptying the buffer, whose callbacks may come synchronously.
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = nop;
  this.writelen = 0;
  // The write callback we are waiting for (ERR_MULTIPLE_CALLBACK otherwise).
  this.expectWriteCb = false;
  // Callbacks of synchronous writes, batched into one tick.
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  resetBuffer(this);
  // User write callbacks still to call; 'finish' waits for 0.
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !(options && options.emitClose === false);
  this.autoDestroy = !(options && options.autoDestroy === false);
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function hasBuffered(state) {
  return state[kBufferedValue] !== null;
}

Object.defineProperties(WritableState.prototype, {
  buffered: {
    __proto__: null,
    get() {
      return this[kBufferedValue] ?? [];
    },
  },
  bufferedRequestCount: {
    __proto__: null,
    get() {
      return hasBuffered(this) ? this[kBufferedValue].length - this.bufferedIndex : 0;
    },
  },
});

WritableState.prototype.getBuffer = function getBuffer() {
  return hasBuffered(this) ? this[kBufferedValue].slice(this.bufferedIndex) : [];
};

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (!this.writing) clearBuffer(stream, this);
  if (this.ending) finishMaybe(stream, this);
};

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  this._events ??= { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState[kOnConstructed](this);
    });
  }
}

// A Duplex is a Writable too, though it inherits from Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// Returns true/false like write(), or the error when writing is not allowed.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (cb == null || typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);

    if (typeof chunk === 'string') {
      if (state.decodeStrings) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      // Any TypedArray or DataView, viewed as bytes (Node 22+, backported to 20).
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new ERR_STREAM_DESTROYED('write');

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding === 'utf-8' ? 'utf8' : encoding;
  return this;
};

// Writes now if nothing is in flight, else queues.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.errored || state.corked || !state.constructed) {
    if (!hasBuffered(state)) state[kBufferedValue] = [];
    state[kBufferedValue].push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  const ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  // false when errored or destroyed, to break `while (stream.write(x))` loops.
  return ret && !state.destroyed && !state.errored;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state.writing = true;
  state.sync = true;
  state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Buffered writes fail too, even without autoDestroy.
  errorBuffer(state);
  // 'error' always follows the callback.
  errorOrDestroy(stream, er);
}

// The callback _write/_writev receive.
function onwrite(stream, er) {
  const state = stream._writableState;
  if (!state.expectWriteCb) {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  const sync = state.sync;
  const cb = state.writecb;
  state.writing = false;
  state.expectWriteCb = false;
  state.writecb = nop;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if (!state.errored) state.errored = er;
    // A Duplex's readable side learns of it too.
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if (hasBuffered(state)) clearBuffer(stream, state);

  if (sync) {
    const needDrain = state.needDrain && state.length === 0;
    // Node tests `state & kDestroyed !== 0`, which by precedence is the
    // objectMode bit: object-mode writes always take the tick. Kept so the
    // timing matches.
    const needTick = needDrain || state.objectMode || cb !== nop;
    if (cb === nop) {
      if (!state.afterWritePending && needTick) {
        process.nextTick(afterWrite, stream, state, 1, cb);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
      // The same callback again (the usual case): count it, no new tick.
      state.afterWriteTickInfo.count++;
    } else if (needTick) {
      state.afterWriteTickInfo = { count: 1, cb, stream, state };
      process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      state.afterWritePending = true;
    } else {
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !state.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

// Fails every queued write (and end() callback) with the stream's error.
function errorBuffer(state) {
  if (state.writing) return;
  if (hasBuffered(state)) {
    const buffered = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      state.length -= state.objectMode ? 1 : chunk.length;
      callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
    }
  }
  callFinishedCallbacks(state, state.errored ?? new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

// Writes out what is queued: one _writev() for all of it when available,
// else one _write() at a time for as long as they complete synchronously.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !hasBuffered(state)) return;

  const objectMode = state.objectMode;
  const buffered = state[kBufferedValue];
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    // doWrite() may change `buffered`; copy it when the callback needs it.
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // Already reported by writeChunk.
  } else if (!state.ending && !state.errored) {
    // A second end() is forgiven rather than an error.
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

// Ended and constructed, with nothing written, queued or failed.
function needFinish(state) {
  return state.ending &&
    !state.destroyed &&
    state.constructed &&
    state.length === 0 &&
    !state.errored &&
    !hasBuffered(state) &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted;
}

function onFinish(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // 'finish' is asynchronous relative to the _final callback, which some
    // streams rely on.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

// Calls _final() once, or emits 'prefinish' when there is none.
function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick((stream, state) => {
      if (needFinish(state)) finish(stream, state);
      else state.pendingcb--;
    }, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  callFinishedCallbacks(state, null);
  stream.emit('finish');

  if (state.autoDestroy) {
    // A Duplex is destroyed once its readable side has ended too (or is off).
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  const callbacks = state[kOnFinished];
  if (callbacks.length === 0) return;
  state[kOnFinished] = [];
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.closed : false;
    },
  },
  destroyed: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // w.writable === false: the writable side of a Duplex was switched off.
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.finished : false;
    },
  },
  writableObjectMode: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.objectMode : false;
    },
  },
  writableBuffer: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.getBuffer();
    },
  },
  writableEnded: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.ending : false;
    },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const wState = this._writableState;
      if (!wState) return false;
      return !wState.destroyed && !wState.ending && wState.needDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.highWaterMark;
    },
  },
  writableCorked: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.corked : 0;
    },
  },
  writableLength: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.length;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._writableState ? this._writableState.errored : null;
    },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      return !!(this._writableState.writable !== false &&
        (this._writableState.destroyed || this._writableState.errored) &&
        !this._writableState.finished);
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Pending write and end() callbacks get the error on the next tick.
  if ((hasBuffered(state) || state[kOnFinished].length) && !state.destroyed) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.fromWeb = function fromWeb() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Writable.fromWeb');
};

Writable.toWeb = function toWeb() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Writable.toWeb');
};

Writable.prototype[Symbol.asyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new AbortError();
    this.destroy(error);
  }
  eos ??= require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) =>
    eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null))));
};
