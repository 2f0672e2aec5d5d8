'use strict';
// internal/streams/readable: stream.Readable. push()/unshift() into a
// buffer bounded by highWaterMark, read(n), paused and flowing modes
// ('readable', 'data', pause/resume), pipe()/unpipe() with backpressure,
// setEncoding() through string_decoder, end-of-stream and autoDestroy,
// async iteration, Readable.from and Readable.wrap.
//
// When events fire matters as much as which: every process.nextTick below
// sits where Node has one, because programs (and our conformance tests)
// observe the order of 'readable', 'data', 'end' and 'close' relative to
// ticks and promise jobs. The state keeps Node's field names (`flowing`,
// `ended`, `needReadable`...) since packages read `_readableState`.
// Not supported: Readable.toWeb/fromWeb (no WHATWG streams yet).
// NODE-DIFF: the state's flags are plain properties where Node packs them
// into a bit field behind getters, so util.inspect(stream) lists them
// instead of Node's `[Symbol(kState)]: <number>`; reading them is the same.

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark, kOnConstructed } = require('internal/streams/utils');

const { errorOrDestroy } = destroyImpl;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
const nop = () => {};

// pause() was called (true), resume() was called (false), or neither (null).
const kPaused = Symbol('kPaused');
// A 'data' listener was added and not removed with removeListener().
const kDataListening = Symbol('kDataListening');

let from;

function ReadableState(options, stream, isDuplex) {
  // In object mode read(n) ignores n and every chunk counts as 1.
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.readableObjectMode)));

  // _read() is not called once this much is buffered; 0 means never read ahead.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // Cleared while an asynchronous _construct() is pending.
  this.constructed = true;
  // True while _read() runs, so that what it pushes is delivered later.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !(options && options.emitClose === false);
  this.autoDestroy = !(options && options.autoDestroy === false);
  this.destroyed = false;
  // Once set, no more _read(), 'data' or 'readable' (needed when autoDestroy is off).
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // The piped destinations a 'drain' is awaited from: null, one, or a Set.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
  this[kPaused] = null;
  this[kDataListening] = false;
}

Object.defineProperties(ReadableState.prototype, {
  pipesCount: {
    __proto__: null,
    get() {
      return this.pipes.length;
    },
  },
  paused: {
    __proto__: null,
    get() {
      return this[kPaused] === true;
    },
    set(value) {
      this[kPaused] = !!value;
    },
  },
});

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Slots for the common events keep the emitter's shape stable (as in Node).
  this._events ??= { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[Symbol.asyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};

// --- Putting data in ---

// Returns whether more may be pushed before reaching highWaterMark.
Readable.prototype.push = function push(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    addObjectChunk(this, state, chunk, encoding) :
    addByteChunk(this, state, chunk, encoding);
};

// Puts data back at the front, as if it had not been read.
Readable.prototype.unshift = function unshift(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    unshiftObjectChunk(this, state, chunk) :
    unshiftByteChunk(this, state, chunk, encoding);
};

function asBuffer(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function invalidChunk(chunk) {
  return new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function unshiftByteChunk(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // With setEncoding() the buffer holds strings in that encoding.
      chunk = state.encoding ? Buffer.from(chunk, encoding).toString(state.encoding) : Buffer.from(chunk, encoding);
    }
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = asBuffer(chunk);
  } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }
  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObjectChunk(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  else if (state.destroyed || state.errored) return false;
  else addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

function addByteChunk(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  // `encoding` ends up '' when the chunk is bytes that may need decoding.
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof Buffer) {
    encoding = '';
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = asBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }

  // An empty push ends a _read() without adding anything.
  if (!chunk || chunk.length <= 0) {
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    // Only part of a character so far.
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function addObjectChunk(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !encoding) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// Below highWaterMark, or empty (so a highWaterMark of 0 still moves).
function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && !state.sync && state[kDataListening] && state.length === 0) {
    // Flowing with nothing queued: hand it straight to 'data'.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  // setEncoding(null) means utf8.
  state.encoding = decoder.encoding;
  // What is already buffered becomes one string.
  let content = '';
  for (const data of state.buffer.slice(state.bufferIndex)) content += decoder.write(data);
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// --- Taking data out ---

const MAX_HWM = 0x40000000;
// Asking for more than highWaterMark raises it to the next power of 2.
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // read() with no size: one chunk at a time when flowing, else all.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only triggers 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Decide on _read() before taking from the buffer: a synchronous _read()
  // (as in a PassThrough) may fill it.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // What _read() pushed synchronously changes how much can be returned.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    // Empty: be told as soon as something arrives.
    if (!state.ended) state.needReadable = true;
    // Read past the end: 'end' on the next tick.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  const decoder = state.decoder;
  if (decoder) {
    const chunk = decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read(): wait a tick rather than flow from inside read().
    emitReadable(stream);
  } else {
    // Synchronously, as modules (dicer) rely on.
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

// 'readable' on the next tick, once per batch.
function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is wanted when paused, not ended and not over the mark.
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

// After data was consumed: read ahead (on the next tick) up to highWaterMark,
// or keep a flowing stream with an empty buffer moving.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    // Nothing came: stop spinning until _read() pushes.
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// --- Piping ---

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  // stdout and stderr are never ended by a pipe.
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A source waiting for this destination's 'drain' would wait forever.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    // The user may have unpiped inside dest.write(); then do not stay paused.
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // Stop piping into a destination that errors, without hiding the error.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  // 'close' or 'finish' unpipes, once.
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    // Called directly from cleanup() too, so `this` may not be dest.
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && state[kDataListening]) src.resume();
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// --- Modes: listeners switch between paused and flowing ---

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state[kDataListening] = true;
    // So that resume() below stays paused for a once('readable').
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    // Start flowing on the next tick unless explicitly paused.
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = true;
      state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // After 'readable' was emitted but before I/O, so once('readable')
    // cycles work; a resume() in the same tick therefore does nothing.
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    state[kDataListening] = false;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    // A resume() is on its way: it must find the stream flowing.
    state.flowing = true;
  } else if (state[kDataListening]) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() does not flow (but still resumes).
    state.flowing = !state.readableListening;
    scheduleResume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function scheduleResume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style (streams1) stream as this stream's data source.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's other methods (filters and duplexes have some).
  const streamKeys = Object.keys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
  }
  return this;
};

// --- Async iteration ---

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  // As 'readable' listener (this === stream) it wakes the waiting next();
  // as a promise executor it is that wait.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  // undefined while open, null at a clean end, the error otherwise.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    // Leaving the loop early (break/return) destroys the stream unless
    // iterator({ destroyOnReturn: false }) asked otherwise.
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// --- Properties ---

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // r.readable === false: the readable side of a Duplex was switched off.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.dataEmitted;
    },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      return !!(this._readableState.readable !== false &&
        (this._readableState.destroyed || this._readableState.errored) &&
        !this._readableState.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.highWaterMark;
    },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState && this._readableState.buffer;
    },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.flowing;
    },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.length;
    },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.objectMode : false;
    },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.encoding : null;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.errored : null;
    },
  },
  closed: {
    __proto__: null,
    get() {
      return this._readableState ? this._readableState.closed : false;
    },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      // Ignored before construction; afterwards the user manages it.
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.endEmitted : false;
    },
  },
});

// Takes n bytes (or characters, or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;

  let idx = state.bufferIndex;
  let ret;
  const buf = state.buffer;
  const len = buf.length;

  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if (state.decoder) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let i = 0;
      while (idx < len) {
        ret.set(buf[idx], i);
        i += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk (slice works for strings and buffers).
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    const retLen = n;
    while (idx < len) {
      const data = buf[idx];
      if (n > data.length) {
        ret.set(data, retLen - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, retLen - n);
          buf[idx++] = null;
        } else {
          ret.set(data.subarray(0, n), retLen - n);
          buf[idx] = Buffer.from(data.buffer, data.byteOffset + n, data.length - n);
        }
        break;
      }
    }
  }

  if (idx === len) {
    state.buffer.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    state.buffer.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

// Exposed, as in Node, for tests.
Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // An unshift() may have come in the meantime.
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed once its writable side is done too (or off).
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.fromWeb = function fromWeb() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Readable.fromWeb');
};

Readable.toWeb = function toWeb() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Readable.toWeb');
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};
