'use strict';
// `fs/promises` (also `fs.promises`): the promise API and FileHandle. Each
// function validates as Node's does (a bad argument rejects), does its work
// through the synchronous binding and settles in the poll phase through
// `loop.queueCompletion`, as a threadpool result would.
//
// Not supported: statfs, glob and FileHandle.readableWebStream/readLines
// (ERR_METHOD_NOT_IMPLEMENTED); lchmod rejects as on Linux.

// Loading fs registers the work shared with it (utils.ops).
require('fs');
const binding = internalBinding('fs');
const { queueCompletion } = internalBinding('loop');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants,
  kEmptyObject,
  getOptions,
  getValidatedPath,
  toBindingPath,
  pathArg,
  parseFileMode,
  getValidMode,
  getStatsFromBinding,
  encodeName,
  validateOffsetLengthRead,
  validatePosition,
  validateBufferArray,
  validateStringAfterArrayBufferView,
  viewBytes,
} = utils;
const ops = utils.ops;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');

// Runs `work` now and settles in the poll phase.
function settle(work) {
  return new Promise((resolve, reject) => {
    let result;
    try {
      result = work();
    } catch (error) {
      queueCompletion(() => reject(error));
      return;
    }
    queueCompletion(() => resolve(result));
  });
}

// --- FileHandle ---

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  getAsyncId() {
    return this[kFd];
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, appendFileOptions(options));
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, this, options);
  }

  readLines() {
    return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('filehandle.readLines'));
  }

  readableWebStream() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('filehandle.readableWebStream');
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    const fd = this[kFd];
    this[kFd] = -1;
    this[kClosePromise] = settle(() => binding.close(fd)).finally(() => {
      this[kClosePromise] = undefined;
    });
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// A closed handle fails as Node's does, naming the operation.
async function fsCall(fn, handle, ...args) {
  if (handle[kFd] === -1) {
    const error = new Error('file closed');
    error.code = 'EBADF';
    error.syscall = fn.name;
    throw error;
  }
  handle[kRefs]++;
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
  }
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return settle(() => binding.fchmod(handle.fd, mode));
}

async function fchown(handle, uid, gid) {
  ops.validateIds(uid, gid);
  return settle(() => binding.fchown(handle.fd, uid, gid));
}

async function fdatasync(handle) {
  return settle(() => binding.fdatasync(handle.fd));
}

async function fsync(handle) {
  return settle(() => binding.fsync(handle.fd));
}

async function fstat(handle, options = { bigint: false }) {
  const bigint = Boolean(options?.bigint);
  return settle(() => getStatsFromBinding(binding.fstat(handle.fd), bigint));
}

async function ftruncate(handle, len = 0) {
  len = ops.truncateLength(len);
  return settle(() => binding.ftruncate(handle.fd, len));
}

async function futimes(handle, atime, mtime) {
  return settle(ops.timesWork(binding.futimes, handle.fd, atime, mtime));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!ArrayBuffer.isView(buffer)) {
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const bytesRead = await settle(() => ops.readInto(handle.fd, buffer, offset, length, position));
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = await settle(() => ops.readvBuffers(handle.fd, buffers, position));
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offsetOrOptions === 'object' && offsetOrOptions !== null) {
      ({ offset: offsetOrOptions = 0, length = buffer.byteLength - offsetOrOptions, position = null } = offsetOrOptions);
    }
    const [bytes, offset, count, at] = ops.writeBufferArgs(buffer, offsetOrOptions ?? null, length, position);
    const bytesWritten = await settle(() => binding.write(handle.fd, bytes, offset, count, at));
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, length);
  const at = ops.bindingPosition(typeof offsetOrOptions === 'number' ? offsetOrOptions : null);
  const bytesWritten = await settle(() => binding.write(handle.fd, bytes, 0, bytes.length, at));
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = await settle(() => ops.writevBuffers(handle.fd, buffers, position));
  return { __proto__: null, bytesWritten, buffers };
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  ops.checkAborted(options.signal);
  return settle(ops.readFileWork(handle.fd, options));
}

// Strings, views, and (sync or async) iterables of either.
function isCustomIterable(data) {
  return data != null && typeof data !== 'string' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

async function collectChunks(data, encoding) {
  const chunks = [];
  for await (const chunk of data) {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, encoding || 'utf8'));
    else if (ArrayBuffer.isView(chunk)) chunks.push(viewBytes(chunk));
    else validateStringAfterArrayBufferView(chunk, 'data');
  }
  return Buffer.concat(chunks);
}

async function writeData(target, data, options) {
  if (isCustomIterable(data)) data = await collectChunks(data, options.encoding);
  ops.checkAborted(options.signal);
  return settle(ops.writeFileWork(target, data, options));
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  return writeData(handle.fd, data, options);
}

function appendFileOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = utils.copyObject(options);
  options.flag ||= 'a';
  return options;
}

// --- Path functions ---

async function access(path, mode = constants.F_OK) {
  const file = pathArg(path);
  mode = getValidMode(mode, 'access');
  return settle(() => binding.access(file, mode));
}

async function copyFile(src, dest, mode) {
  return settle(ops.copyFileWork(src, dest, mode));
}

async function cp(src, dest, options) {
  await require('internal/fs/cp').cpAsync(src, dest, options);
  return settle(() => undefined);
}

async function open(path, flags, mode) {
  const fd = await settle(ops.openArgs(path, flags, mode));
  return new FileHandle(fd);
}

async function opendir(path, options) {
  const { openWork, dirOptions } = require('internal/fs/dir');
  options = dirOptions(options);
  return settle(openWork(path, options));
}

async function rename(oldPath, newPath) {
  return settle(ops.twoPaths(oldPath, 'oldPath', newPath, 'newPath', binding.rename));
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

async function rm(path, options) {
  return settle(ops.rmWork(path, options));
}

async function rmdir(path, options) {
  return settle(ops.rmdirWork(path, options));
}

async function mkdir(path, options) {
  return settle(ops.mkdirArgs(path, options));
}

async function readdir(path, options) {
  options = ops.readdirOptions(options);
  // Node 24's promise readdir does not descend through symlinks for Dirents.
  return settle(ops.readdirWork(path, options, false));
}

async function readlink(path, options) {
  return settle(ops.readlinkWork(path, options));
}

async function symlink(target, path, type) {
  return settle(ops.symlinkWork(target, path, type));
}

async function stat(path, options = { bigint: false }) {
  return settle(ops.statWork(path, true, { bigint: options?.bigint }));
}

async function lstat(path, options = { bigint: false }) {
  return settle(ops.statWork(path, false, { bigint: options?.bigint }));
}

async function statfs() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('statfs');
}

async function link(existingPath, newPath) {
  return settle(ops.twoPaths(existingPath, 'existingPath', newPath, 'newPath', binding.link));
}

async function unlink(path) {
  const file = pathArg(path);
  return settle(() => binding.unlink(file));
}

async function chmod(path, mode) {
  const file = pathArg(path);
  mode = parseFileMode(mode, 'mode');
  return settle(() => binding.chmod(file, mode));
}

async function lchmod() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod');
}

async function lchown(path, uid, gid) {
  const file = pathArg(path);
  ops.validateIds(uid, gid);
  return settle(() => binding.lchown(file, uid, gid));
}

async function chown(path, uid, gid) {
  const file = pathArg(path);
  ops.validateIds(uid, gid);
  return settle(() => binding.chown(file, uid, gid));
}

async function utimes(path, atime, mtime) {
  return settle(ops.timesWork(binding.utimes, pathArg(path), atime, mtime));
}

async function lutimes(path, atime, mtime) {
  return settle(ops.timesWork(binding.lutimes, pathArg(path), atime, mtime));
}

// Node's promise realpath is the native one.
async function realpath(path, options) {
  options = getOptions(options);
  const file = toBindingPath(getValidatedPath(path));
  return settle(() => encodeName(binding.realpath(file), options.encoding));
}

async function mkdtemp(prefix, options) {
  return settle(ops.mkdtempWork(prefix, options));
}

// Node 24: a null-prototype `{ path, remove(), [Symbol.asyncDispose]() }`.
async function mkdtempDisposable(prefix, options) {
  const cwd = process.cwd();
  return settle(ops.mkdtempWork(prefix, options, (made, encoding) => {
    const fullPath = ops.disposableFullPath(cwd, made);
    const remove = async () => {
      await settle(ops.rmWork(fullPath, { recursive: true, force: true }));
    };
    return {
      __proto__: null,
      path: encodeName(made, encoding),
      remove,
      async [Symbol.asyncDispose]() {
        await remove();
      },
    };
  }));
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isCustomIterable(data)) {
    if (!ArrayBuffer.isView(data)) validateStringAfterArrayBufferView(data, 'data');
  }
  if (path instanceof FileHandle) return fsCall(writeFileHandle, path, data, options);
  path = getValidatedPath(path);
  return writeData(path, data, options);
}

async function appendFile(path, data, options) {
  options = appendFileOptions(options);
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return fsCall(readFileHandle, path, options);
  path = getValidatedPath(path);
  ops.checkAborted(options.signal);
  return settle(ops.readFileWork(path, options));
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

async function glob() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('glob');
}

module.exports = {
  access,
  copyFile,
  cp,
  glob,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

// For fs streams, which accept a FileHandle as `fd`.
Object.defineProperty(utils, 'FileHandle', { __proto__: null, value: FileHandle, configurable: true, writable: true });
