'use strict';
// `internal/fs/streams`: fs.ReadStream and fs.WriteStream (what
// fs.createReadStream/createWriteStream and FileHandle.createReadStream/
// createWriteStream make), on the `stream` module's Readable and Writable:
// start/end/highWaterMark, encoding, flags/mode, fd (a number or a
// FileHandle), autoClose, emitClose, flush, and the 'open'/'ready' events.
// Custom `fs` implementations (options.fs) are honoured for open, read,
// write, writev and close.
// While no `stream` module is built in, both throw ERR_METHOD_NOT_IMPLEMENTED.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_DESTROYED,
    ERR_SYSTEM_ERROR,
  },
} = require('internal/errors');
const { validateInteger, validateFunction } = require('internal/validators');
const utils = require('internal/fs/utils');
const { copyObject, getOptions, kEmptyObject, toPathIfFileURL, validatePath } = utils;

const hasStream = internalBinding('modules').builtinIds.includes('stream');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fs;
function lazyFs() {
  return fs ??= require('fs');
}

// Operations on a FileHandle's descriptor, shaped like fs's callback API.
function fileHandleOperations(handle) {
  const settle = (promise, callback, ...extra) => promise.then(
    (result) => callback(null, ...extra.map((pick) => pick(result))),
    (error) => callback(error),
  );
  return {
    open: (path, flags, mode, callback) => process.nextTick(callback, null, handle.fd),
    close: (fd, callback) => {
      handle.close().then(() => callback(), callback);
    },
    read: (fd, buffer, offset, length, position, callback) =>
      settle(handle.read(buffer, offset, length, position), callback, (r) => r.bytesRead, (r) => r.buffer),
    write: (fd, buffer, offset, length, position, callback) =>
      settle(handle.write(buffer, offset, length, position), callback, (r) => r.bytesWritten, (r) => r.buffer),
    writev: (fd, buffers, position, callback) =>
      settle(handle.writev(buffers, position), callback, (r) => r.bytesWritten, (r) => r.buffers),
    fsync: (fd, callback) => {
      handle.sync().then(() => callback(), callback);
    },
  };
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  if (options.fd !== null && typeof options.fd === 'object' && utils.FileHandle && options.fd instanceof utils.FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    options.fd.on('close', () => stream.close());
    return options.fd.fd;
  }
  if (options.fd != null) throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  stream[kFs] = options.fs || lazyFs();
  return null;
}

function checkCustomFs(options, names) {
  if (!options.fs) return;
  for (const name of names) {
    if (options.fs[name] !== undefined) validateFunction(options.fs[name], `options.fs.${name}`);
  }
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, error, callback) {
  if (!stream.fd && stream.fd !== 0) {
    callback(error);
    return;
  }
  const fd = stream.fd;
  const closeFd = () => {
    stream[kFs].close(fd, (closeError) => callback(closeError || error));
    stream.fd = null;
  };
  if (stream.flush && !error) {
    stream[kFs].fsync(fd, (syncError) => {
      if (syncError) {
        error = syncError;
      }
      closeFd();
    });
    return;
  }
  closeFd();
}

function destroy(error, callback) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (ioError) => closeStream(this, error || ioError, callback));
  else closeStream(this, error, callback);
}

let ReadStream;
let WriteStream;

if (hasStream) {
  const { Readable, Writable, finished } = require('stream');

  ReadStream = function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = copyObject(getOptions(options, kEmptyObject));
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    checkCustomFs(options, ['open', 'read', 'close']);
    this[kIsPerformingIO] = false;
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.fd = importFd(this, options);
    if (this.fd === null) validatePath(this.path);
    this.start = options.start;
    this.end = options.end;
    this.pos = undefined;
    this.bytesRead = 0;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    if (this.end === undefined) {
      this.end = Infinity;
    } else if (this.end !== Infinity) {
      validateInteger(this.end, 'end', 0);
      if (this.start !== undefined && this.start > this.end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    Reflect.apply(Readable, this, [options]);
  };
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);

  Object.defineProperty(ReadStream.prototype, 'autoClose', {
    __proto__: null,
    get() {
      return this._readableState.autoDestroy;
    },
    set(value) {
      this._readableState.autoDestroy = value;
    },
  });

  ReadStream.prototype._construct = construct;

  ReadStream.prototype._read = function _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafeSlow(n);
    this[kIsPerformingIO] = true;
    this[kFs].read(this.fd, buffer, 0, n, this.pos, (error, bytesRead) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        this.emit(kIoDone, error);
        return;
      }
      if (error) {
        this.destroy(error);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead === buffer.length ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
      } else {
        this.push(null);
      }
    });
  };

  ReadStream.prototype._destroy = destroy;

  ReadStream.prototype.close = function close(callback) {
    if (typeof callback === 'function') finished(this, callback);
    this.destroy();
  };

  Object.defineProperty(ReadStream.prototype, 'pending', {
    __proto__: null,
    get() {
      return this.fd === null;
    },
    configurable: true,
  });

  WriteStream = function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = copyObject(getOptions(options, kEmptyObject));
    options.decodeStrings = true;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    checkCustomFs(options, ['open', 'write', 'writev', 'close']);
    this[kIsPerformingIO] = false;
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.flush = options.flush === undefined ? false : options.flush;
    this.fd = importFd(this, options);
    if (this.fd === null) validatePath(this.path);
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    Reflect.apply(Writable, this, [options]);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  };
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);

  Object.defineProperty(WriteStream.prototype, 'autoClose', {
    __proto__: null,
    get() {
      return this._writableState.autoDestroy;
    },
    set(value) {
      this._writableState.autoDestroy = value;
    },
  });

  WriteStream.prototype._construct = construct;

  // Writes all of `data`, retrying short writes as Node does.
  const writeAll = function writeAll(data, size, pos, callback, retries = 0) {
    this[kFs].write(this.fd, data, 0, size, pos, (error, bytesWritten) => {
      if (error?.code === 'EAGAIN') {
        error = null;
        bytesWritten = 0;
      }
      if (this.destroyed || error) {
        callback(error || new ERR_STREAM_DESTROYED('write'));
        return;
      }
      this.bytesWritten += bytesWritten;
      retries = bytesWritten ? 0 : retries + 1;
      size -= bytesWritten;
      if (pos != null) pos += bytesWritten;
      if (retries > 5) callback(new ERR_SYSTEM_ERROR('write failed'));
      else if (size) writeAll.call(this, data.subarray(bytesWritten), size, pos, callback, retries);
      else callback();
    });
  };

  WriteStream.prototype._write = function _write(data, encoding, callback) {
    this[kIsPerformingIO] = true;
    writeAll.call(this, data, data.length, this.pos ?? null, (error) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        callback(error);
        this.emit(kIoDone, error);
        return;
      }
      callback(error);
    });
    if (this.pos !== undefined) this.pos += data.length;
  };

  WriteStream.prototype._writev = function _writev(chunks, callback) {
    const data = Buffer.concat(chunks.map(({ chunk }) => chunk));
    this._write(data, 'buffer', callback);
  };

  WriteStream.prototype._destroy = destroy;

  WriteStream.prototype.close = function close(callback) {
    if (callback) {
      if (this.closed) {
        process.nextTick(callback);
        return;
      }
      this.on('close', callback);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };

  WriteStream.prototype.destroySoon = WriteStream.prototype.end;

  Object.defineProperty(WriteStream.prototype, 'pending', {
    __proto__: null,
    get() {
      return this.fd === null;
    },
    configurable: true,
  });
} else {
  ReadStream = function ReadStream() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('createReadStream');
  };
  WriteStream = function WriteStream() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('createWriteStream');
  };
}

module.exports = { ReadStream, WriteStream, kHandle };
