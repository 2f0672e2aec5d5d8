'use strict';
// The async context frame: an immutable map from AsyncLocalStorage to store
// that the engine keeps as its "continuation data" (see mod.rs). Promise
// reactions capture it when they are registered; timers, immediates, ticks
// and loop completions capture it when scheduled. A store is never written
// into a frame in place: entering one makes a copy (Node 24's
// `--async-context-frame`, its default).

const {
  getContinuationPreservedEmbedderData,
  setContinuationPreservedEmbedderData,
} = internalBinding('async_context_frame');

class AsyncContextFrame extends Map {
  constructor(store, data) {
    super(AsyncContextFrame.current());
    this.set(store, data);
  }

  static get enabled() {
    return true;
  }

  static current() {
    return getContinuationPreservedEmbedderData();
  }

  static set(frame) {
    setContinuationPreservedEmbedderData(frame);
  }

  // Makes `frame` current and returns the one it replaced.
  static exchange(frame) {
    const prior = getContinuationPreservedEmbedderData();
    setContinuationPreservedEmbedderData(frame);
    return prior;
  }

  static disable(store) {
    AsyncContextFrame.current()?.disable(store);
  }

  // AsyncLocalStorage#disable(): the only change made to a frame in place,
  // as Node does, so every continuation sharing it loses the store.
  disable(store) {
    this.delete(store);
  }
}

module.exports = AsyncContextFrame;
