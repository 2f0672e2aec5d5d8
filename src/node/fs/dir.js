'use strict';
// `internal/fs/dir`: fs.Dir, what fs.opendir and fs.promises.opendir return:
// read (callback or promise), readSync, close, closeSync, async iteration and
// disposal. NODE-DIFF: the entries are listed when the directory is opened
// (the binding has no directory handles), so entries added later are not
// seen, where Node may or may not see them.

const binding = internalBinding('fs');
const { queueCompletion } = internalBinding('loop');
const pathModule = require('path');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  constants, encodeName, getOptions, getValidatedPath, toBindingPath, getStatsFromBinding, Dirent, DirentFromStats,
  withSyscall,
} = require('internal/fs/utils');

const { UV_DIRENT_UNKNOWN } = constants;

class Dir {
  #path;
  #entries;
  #closed = false;
  #options;
  #pendingOperations = 0;

  constructor(path, entries, options) {
    if (entries === undefined) throw new ERR_MISSING_ARGS('handle');
    this.#path = path;
    this.#entries = entries;
    this.#options = options;
  }

  get path() {
    return this.#path;
  }

  // The next entry as a Dirent, or null at the end. A recursive Dir lists a
  // directory's children after the directory itself.
  #next() {
    const entry = this.#entries.shift();
    if (entry === undefined) return null;
    const [parent, name, type] = entry;
    let dirent;
    if (type === UV_DIRENT_UNKNOWN) {
      // The file system could not say the type: lstat it, as Node does.
      const stats = getStatsFromBinding(binding.stat(pathModule.join(parent, name), false, true));
      dirent = new DirentFromStats(encodeName(name, this.#options.encoding), stats, parent);
    } else {
      dirent = new Dirent(encodeName(name, this.#options.encoding), type, parent);
    }
    if (this.#options.recursive && dirent.isDirectory()) {
      const dir = pathModule.join(parent, name);
      try {
        const [names, types] = binding.readdir(dir, true);
        for (let i = 0; i < names.length; i++) this.#entries.push([dir, names[i], types[i]]);
      } catch {
        // A directory gone since it was listed has no children to give.
      }
    }
    return dirent;
  }

  read(callback) {
    if (this.#closed) {
      if (callback === undefined) return Promise.reject(new ERR_DIR_CLOSED());
      throw new ERR_DIR_CLOSED();
    }
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.#readAsync((error, dirent) => (error ? reject(error) : resolve(dirent))));
    }
    validateFunction(callback, 'callback');
    this.#readAsync(callback);
  }

  #readAsync(callback) {
    this.#pendingOperations++;
    queueCompletion(() => {
      this.#pendingOperations--;
      if (this.#closed) {
        callback(new ERR_DIR_CLOSED());
        return;
      }
      let dirent;
      try {
        dirent = this.#next();
      } catch (error) {
        callback(error);
        return;
      }
      callback(null, dirent);
    });
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pendingOperations > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      this.#closed = true;
      return new Promise((resolve) => queueCompletion(() => resolve()));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.#closed = true;
    queueCompletion(() => callback(null));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pendingOperations > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

// Lists the directory, reporting a failure as Node's opendir does.
function openWork(path, options) {
  path = getValidatedPath(path);
  const dir = toBindingPath(path);
  return () => {
    let listing;
    try {
      listing = binding.readdir(dir, true);
    } catch (error) {
      throw withSyscall(error, 'opendir');
    }
    const [names, types] = listing;
    const entries = names.map((name, i) => [dir, name, types[i]]);
    return new Dir(path, entries, options);
  };
}

function opendirSync(path, options) {
  options = dirOptions(options);
  return openWork(path, options)();
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  options = dirOptions(options);
  const work = openWork(path, options);
  let dir;
  try {
    dir = work();
  } catch (error) {
    queueCompletion(() => callback(error));
    return;
  }
  queueCompletion(() => callback(null, dir));
}

module.exports = { Dir, opendir, opendirSync, openWork, dirOptions };
