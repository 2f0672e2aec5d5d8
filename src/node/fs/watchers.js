'use strict';
// `internal/fs/watchers`: fs.watch (FSWatcher), fs.watchFile and
// fs.unwatchFile (StatWatcher), and the async iterator of
// fs.promises.watch.
//
// NODE-DIFF: there is no inotify. fs.watch reads the binding's change journal
// (`watchCursor`/`changesSince`: every mutation made through this process's
// file system, by the process or by its host; on the real disk, changes made
// by other programs are not seen) from a timer every kWatchPollInterval ms;
// that timer is referenced like Node's watcher handle unless
// `persistent: false` or `unref()`. Events are reported one per journal
// entry, so inotify's coalescing or doubling of events is not reproduced, and
// entries that fell out of the journal's bounded buffer before a poll are
// lost.
// fs.watchFile polls stat on its interval as libuv's uv_fs_poll does.

const binding = internalBinding('fs');
const { queueCompletion } = internalBinding('loop');
const EventEmitter = require('events');
const pathModule = require('path');
const { UVException, AbortError } = require('internal/errors');
const { validateBoolean, validateFunction, validateObject, validateUint32 } = require('internal/validators');
const { getOptions, getValidatedPath, toBindingPath, getStatsFromBinding, encodeName } = require('internal/fs/utils');

const kWatchPollInterval = 20;
const kDefaultStatInterval = 5007;
const kEmptyStats = new Float64Array(18);

let timers;
function lazyTimers() {
  return timers ??= require('timers');
}

// --- fs.watch ---

// Which name a journal entry at `changed` is reported under by a watcher of
// `target` (a directory's entries by their name, deeper ones only when
// recursive), or undefined when it is not the watcher's concern.
function relativeName(target, isDirectory, recursive, changed) {
  if (!isDirectory) return changed === target ? pathModule.basename(target) : undefined;
  if (changed === target) return undefined;
  const prefix = target === '/' ? '/' : `${target}/`;
  if (!changed.startsWith(prefix)) return undefined;
  const rest = changed.slice(prefix.length);
  if (!recursive && rest.includes('/')) return undefined;
  return rest;
}

class FSWatcher extends EventEmitter {
  #timer = null;
  #cursor = 0;
  #target = '';
  #isDirectory = false;
  #recursive = false;
  #encoding = 'utf8';
  #persistent = true;

  constructor() {
    super();
  }

  // Starts watching `filename` (absolute); throws Node's error if it is missing.
  start(filename, persistent, recursive, encoding) {
    if (this.#timer !== null) return;
    const file = toBindingPath(filename);
    let array;
    try {
      array = binding.stat(file, true, true);
    } catch (error) {
      throw new UVException({ errno: error.errno ?? -2, syscall: 'watch', path: file });
    }
    this.#target = pathModule.resolve(file);
    this.#isDirectory = (array[1] & 0o170000) === 0o040000;
    this.#recursive = recursive;
    this.#encoding = encoding;
    this.#persistent = persistent;
    this.#cursor = binding.watchCursor();
    this.#timer = lazyTimers().setInterval(() => this.#poll(), kWatchPollInterval);
    if (!persistent) this.#timer.unref();
  }

  #poll() {
    const [next, paths, kinds] = binding.changesSince(this.#cursor);
    this.#cursor = next;
    for (let i = 0; i < paths.length && this.#timer !== null; i++) {
      const name = relativeName(this.#target, this.#isDirectory, this.#recursive, paths[i]);
      if (name === undefined) continue;
      this.emit('change', kinds[i], encodeName(name, this.#encoding === 'buffer' ? 'buffer' : this.#encoding));
    }
  }

  close() {
    if (this.#timer === null) return;
    lazyTimers().clearInterval(this.#timer);
    this.#timer = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this.#persistent = true;
    if (this.#timer !== null) this.#timer.ref();
    return this;
  }

  unref() {
    this.#persistent = false;
    if (this.#timer !== null) this.#timer.unref();
    return this;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

function watchOptions(options) {
  options = getOptions(options);
  options = { persistent: true, recursive: false, encoding: 'utf8', ...options };
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = watchOptions(options);
  filename = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher.start(filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener?.('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }.
function watchAsync(filename, options = {}) {
  filename = getValidatedPath(filename);
  validateObject(options, 'options');
  options = watchOptions(options);
  const watcher = new FSWatcher();
  watcher.start(filename, options.persistent, options.recursive, options.encoding);
  const queue = [];
  let waiting = null;
  let done = false;
  watcher.on('change', (eventType, name) => {
    const event = { eventType, filename: name };
    if (waiting !== null) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: event, done: false });
    } else {
      queue.push(event);
    }
  });
  const finish = () => {
    done = true;
    watcher.close();
    if (waiting !== null) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: undefined, done: true });
    }
  };
  const signal = options.signal;
  if (signal?.aborted) finish();
  let abortError = null;
  signal?.addEventListener?.('abort', () => {
    abortError = new AbortError(undefined, { cause: signal.reason });
    finish();
  }, { once: true });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (abortError !== null) return Promise.reject(abortError);
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error) {
      finish();
      return Promise.reject(error);
    },
  };
}

// --- fs.watchFile ---

const kStatFields = [0, 1, 2, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17];

function sameStats(a, b) {
  return kStatFields.every((i) => a[i] === b[i]);
}

class StatWatcher extends EventEmitter {
  #bigint;
  #active = false;
  #persistent = true;
  #timer = null;
  #file = '';
  #previous = kEmptyStats;
  #status = 0;
  #refs = 0;

  constructor(bigint) {
    super();
    this.#bigint = Boolean(bigint);
  }

  // Like uv_fs_poll: the first stat only records; later ones report a change
  // of any compared field, and an error once until it clears.
  start(filename, persistent, interval) {
    if (this.#active) return;
    this.#active = true;
    this.#persistent = persistent;
    this.#file = toBindingPath(filename);
    // The first stat completes in the poll phase, after the caller has
    // added its listener, and only then does the interval start, as in
    // libuv: a timer already due when the loop starts must not compare
    // against the empty stats.
    queueCompletion(() => {
      if (!this.#active) return;
      this.#poll(true);
      this.#timer = lazyTimers().setInterval(() => this.#poll(false), interval);
      if (!this.#persistent) this.#timer.unref();
    });
  }

  #poll(first) {
    let current;
    let status = 0;
    try {
      current = binding.stat(this.#file, true, true);
    } catch (error) {
      status = typeof error.errno === 'number' ? error.errno : -2;
    }
    if (status !== 0) {
      if (this.#status !== status) {
        const previous = this.#previous;
        this.#status = status;
        this.#emitChange(kEmptyStats, previous);
      }
      return;
    }
    if (!first && (this.#status < 0 || !sameStats(this.#previous, current))) {
      this.#emitChange(current, this.#previous);
    }
    this.#previous = current;
    this.#status = 1;
  }

  #emitChange(current, previous) {
    this.emit('change', getStatsFromBinding(current, this.#bigint), getStatsFromBinding(previous, this.#bigint));
  }

  stop() {
    if (!this.#active) return;
    this.#active = false;
    if (this.#timer !== null) lazyTimers().clearInterval(this.#timer);
    this.#timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  addRef(kind) {
    if (kind === 'add') this.#refs++;
    else if (kind === 'clean') this.#refs--;
    else this.#refs = 0;
  }

  ref() {
    this.#persistent = true;
    if (this.#timer !== null) this.#timer.ref();
    return this;
  }

  unref() {
    this.#persistent = false;
    if (this.#timer !== null) this.#timer.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(toBindingPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: kDefaultStatInterval, persistent: true, ...options };
  validateFunction(listener, 'listener');
  validateUint32(options.interval, 'options.interval');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  }
  watcher.addRef('add');
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(toBindingPath(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) watcher.addRef('clean');
  } else {
    watcher.removeAllListeners('change');
    watcher.addRef('cleanAll');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile };
