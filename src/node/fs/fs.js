'use strict';
// `fs`: Node's file system API in its synchronous and callback forms over
// `internalBinding('fs')`, whose functions are all synchronous (contract in
// src/node/README.md). A callback form does its work at once and delivers the
// result through `loop.queueCompletion`, in the poll phase, as libuv delivers
// a threadpool result. Streams, watchers, Dir and cp live in the internal
// files beside this one; `fs.promises` is src/node/fs/promises.js.
//
// Not supported (each throws ERR_METHOD_NOT_IMPLEMENTED): statfs, openAsBlob,
// glob. `lchmod` is undefined, as on Linux.

const binding = internalBinding('fs');
const { queueCompletion } = internalBinding('loop');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  UVException,
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants,
  kMaxUserId,
  kEmptyObject,
  copyObject,
  encodeName,
  getOptions,
  getValidatedPath,
  toBindingPath,
  pathArg,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBufferArray,
  validateStringAfterArrayBufferView,
  viewBytes,
  getStatsFromBinding,
  Dirent,
  DirentFromStats,
  fsEisdir,
  validateRmOptions,
  validateRmdirOptions,
  warnOnNonPortableTemplate,
  Stats,
} = utils;

const { F_OK, S_IFMT, S_IFLNK, UV_DIRENT_UNKNOWN } = constants;

// --- Delivering results ---

// Runs `work` now and hands its result to `callback` in the poll phase:
// `(err)` on failure, `(null)` for no result, `(null, result)` otherwise.
function complete(callback, work) {
  let result;
  try {
    result = work();
  } catch (error) {
    queueCompletion(() => callback(error));
    return;
  }
  queueCompletion(result === undefined ? () => callback(null) : () => callback(null, result));
}

// As `complete`, for results of several arguments (`read` gives bytes and buffer).
function completeArgs(callback, work) {
  let results;
  try {
    results = work();
  } catch (error) {
    queueCompletion(() => callback(error));
    return;
  }
  queueCompletion(() => callback(null, ...results));
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function isFd(path) {
  return (path | 0) === path;
}

function bindingPathOrFd(path) {
  return isFd(path) ? path : toBindingPath(path);
}

// --- access / exists ---

function accessSync(path, mode) {
  binding.access(pathArg(path), getValidMode(mode, 'access'));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  const file = pathArg(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  complete(callback, () => binding.access(file, mode));
}

let showExistsDeprecation = true;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (error) {
    if (showExistsDeprecation && error?.code === 'ERR_INVALID_ARG_TYPE') {
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning', 'DEP0187');
      showExistsDeprecation = false;
    }
    return false;
  }
  return binding.exists(toBindingPath(path));
}

function exists(path, callback) {
  maybeCallback(callback);
  function suppressedCallback(error) {
    callback(!error);
  }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

// --- readFile / writeFile / appendFile ---

function readFileWork(path, options) {
  const flags = stringToFlags(options.flag);
  const target = bindingPathOrFd(path);
  const encoding = options.encoding;
  if (encoding === 'utf8' || encoding === 'utf-8') return () => binding.readFileUtf8(target, flags);
  return () => {
    const bytes = binding.readFile(target, flags);
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
  };
}

function checkAborted(signal) {
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (!isFd(path)) path = getValidatedPath(path);
  return readFileWork(path, options)();
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  if (!isFd(path)) path = getValidatedPath(path);
  const work = readFileWork(path, options);
  complete(callback, () => {
    checkAborted(options.signal);
    return work();
  });
}

// Strings become bytes in the caller's encoding; views are written as they are.
function writeFileData(data, encoding) {
  if (ArrayBuffer.isView(data)) return viewBytes(data);
  validateStringAfterArrayBufferView(data, 'data');
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return data;
  return Buffer.from(data, encoding);
}

function writeFileWork(path, data, options) {
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const target = bindingPathOrFd(path);
  const bytes = writeFileData(data, options.encoding);
  if (!flush) return () => binding.writeFile(target, bytes, flags, mode);
  // `flush`: the data reaches the storage before the call returns.
  return () => {
    binding.writeFile(target, bytes, flags, mode);
    if (typeof target === 'number') {
      binding.fsync(target);
      return;
    }
    const fd = binding.open(target, constants.O_WRONLY, 0o666);
    try {
      binding.fsync(fd);
    } finally {
      binding.close(fd);
    }
  };
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isFd(path)) path = getValidatedPath(path);
  writeFileWork(path, data, options)();
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isFd(path)) path = getValidatedPath(path);
  const work = writeFileWork(path, data, options);
  complete(callback, () => {
    checkAborted(options.signal);
    work();
  });
}

function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

// --- stat ---

function statOptions(options) {
  return options === undefined || options === null || typeof options === 'function' ? { bigint: false } : options;
}

function statWork(path, follow, options) {
  const file = pathArg(path);
  const bigint = Boolean(options.bigint);
  const throwIfNoEntry = options.throwIfNoEntry !== false;
  return () => {
    const array = binding.stat(file, follow, throwIfNoEntry);
    return array === undefined ? undefined : getStatsFromBinding(array, bigint);
  };
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statWork(path, true, statOptions(options))();
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statWork(path, false, statOptions(options))();
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd), Boolean(statOptions(options).bigint));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  const work = statWork(path, true, { bigint: statOptions(options).bigint });
  complete(callback, work);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  const work = statWork(path, false, { bigint: statOptions(options).bigint });
  complete(callback, work);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = Boolean(statOptions(options).bigint);
  complete(callback, () => getStatsFromBinding(binding.fstat(fd), bigint));
}

function statfsSync() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('statfsSync');
}

function statfs() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('statfs');
}

// --- readdir ---

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// One directory's entries, as names or Dirents, in the caller's encoding.
function listDirectory(path, options, parentPath) {
  const encoding = options.encoding;
  if (!options.withFileTypes) return binding.readdir(path, false).map((name) => encodeName(name, encoding));
  const [names, types] = binding.readdir(path, true);
  return names.map((name, i) => direntOf(path, name, types[i], encoding, parentPath));
}

// A file system that cannot say an entry's type (libuv's UV_DIRENT_UNKNOWN)
// has it lstat'ed, as Node does.
function direntOf(dir, name, type, encoding, parentPath) {
  if (type !== UV_DIRENT_UNKNOWN) return new Dirent(encodeName(name, encoding), type, parentPath);
  const stats = getStatsFromBinding(binding.stat(pathModule.join(dir, name), false, true));
  return new DirentFromStats(encodeName(name, encoding), stats, parentPath);
}

// Whether `path` is a directory once symlinks are followed; like Node's
// internalModuleStat, any error (missing, ELOOP, ...) just means "no".
function isDirectoryFollowingLinks(path) {
  let array;
  try {
    array = binding.stat(path, true, false);
  } catch {
    return false;
  }
  return array !== undefined && (array[1] & S_IFMT) === 0o040000;
}

// Node's order: the top directory's entries, then each directory found in
// turn (breadth first). A symlink to a directory is followed when listing
// names, and, in Node 24, also for Dirents from readdirSync and callback
// readdir (`typedFollowsLinks`) but not from fs.promises.readdir.
function readdirRecursive(base, options, typedFollowsLinks) {
  const results = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    if (options.withFileTypes) {
      const [names, types] = binding.readdir(dir, true);
      for (let j = 0; j < names.length; j++) {
        const dirent = direntOf(dir, names[j], types[j], options.encoding, dir);
        results.push(dirent);
        const full = pathModule.join(dir, names[j]);
        if (dirent.isDirectory() || (typedFollowsLinks && isDirectoryFollowingLinks(full))) queue.push(full);
      }
    } else {
      for (const name of binding.readdir(dir, false)) {
        const full = pathModule.join(dir, name);
        results.push(encodeName(pathModule.relative(base, full), options.encoding));
        if (isDirectoryFollowingLinks(full)) queue.push(full);
      }
    }
  }
  return results;
}

function readdirWork(path, options, typedFollowsLinks = true) {
  const dir = pathArg(path);
  if (options.recursive) return () => readdirRecursive(dir, options, typedFollowsLinks);
  return () => listDirectory(dir, options, typeof path === 'string' ? path : dir);
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  return readdirWork(path, options)();
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  complete(callback, readdirWork(path, options));
}

// --- mkdir / mkdtemp ---

function mkdirArgs(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  const dir = pathArg(path);
  validateBoolean(recursive, 'options.recursive');
  return () => {
    const first = binding.mkdir(dir, mode, recursive);
    return recursive ? first : undefined;
  };
}

function mkdirSync(path, options) {
  return mkdirArgs(path, options)();
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  complete(callback, mkdirArgs(path, options));
}

// `makeResult(made, encoding)` turns the directory the binding made (a
// string) into what the caller returns: by default its name in `encoding`.
function mkdtempWork(prefix, options, makeResult = encodeName) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const bindingPrefix = toBindingPath(prefix);
  return () => makeResult(binding.mkdtemp(bindingPrefix), options.encoding);
}

function mkdtempSync(prefix, options) {
  return mkdtempWork(prefix, options)();
}

// The absolute path remove() deletes, fixed at creation so that a later
// process.chdir() does not change it (as Node stashes it).
// NODE-DIFF: Node 24 resolves the *encoded* name, so with encoding 'buffer'
// it throws after making the directory (and with 'hex' removes nothing); we
// resolve the name the binding returned, so every encoding works.
function disposableFullPath(cwd, made) {
  return pathModule.resolve(cwd, made);
}

// Node 24: `{ path, remove(), [Symbol.dispose]() }`; removing twice is fine.
function mkdtempDisposableSync(prefix, options) {
  return mkdtempWork(prefix, options, (made, encoding) => {
    const fullPath = disposableFullPath(process.cwd(), made);
    const remove = () => {
      rmWork(fullPath, { recursive: true, force: true })();
    };
    return {
      path: encodeName(made, encoding),
      remove,
      [Symbol.dispose]() {
        remove();
      },
    };
  })();
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  complete(callback, mkdtempWork(prefix, options));
}

// --- rmdir / unlink / rm ---

function unlinkSync(path) {
  binding.unlink(pathArg(path));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  const file = pathArg(path);
  complete(callback, () => binding.unlink(file));
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (!recursiveRmdirWarned && !process.noDeprecation) {
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
      'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
  recursiveRmdirWarned = true;
}

function rmdirWork(path, options) {
  const dir = pathArg(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    return () => {
      const array = binding.stat(dir, false, true);
      if ((array[1] & S_IFMT) !== 0o040000) {
        throw new UVException({ errno: -20, syscall: 'rmdir', path: dir });
      }
      removeTree(dir);
    };
  }
  validateRmdirOptions(options);
  return () => binding.rmdir(dir);
}

function rmdirSync(path, options) {
  rmdirWork(path, options)();
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  complete(callback, rmdirWork(path, options));
}

// Removes `path` and everything under it; a path already gone is no error.
function removeTree(path) {
  const array = binding.stat(path, false, false);
  if (array === undefined) return;
  if ((array[1] & S_IFMT) !== 0o040000) {
    binding.unlink(path);
    return;
  }
  for (const name of binding.readdir(path, false)) removeTree(pathModule.join(path, name));
  binding.rmdir(path);
}

function rmWork(path, options) {
  const target = pathArg(path);
  options = validateRmOptions(options);
  return () => {
    const array = binding.stat(target, false, !options.force);
    if (array === undefined) return;
    const isDirectory = (array[1] & S_IFMT) === 0o040000;
    if (isDirectory && !options.recursive) throw fsEisdir(target, 'rm');
    if (isDirectory) removeTree(target);
    else binding.unlink(target);
  };
}

function rmSync(path, options) {
  rmWork(path, options)();
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  complete(callback, rmWork(path, options));
}

// --- rename / link / symlink / readlink / realpath ---

function twoPaths(from, fromName, to, toName, call) {
  const a = pathArg(from, fromName);
  const b = pathArg(to, toName);
  return () => call(a, b);
}

function renameSync(oldPath, newPath) {
  twoPaths(oldPath, 'oldPath', newPath, 'newPath', binding.rename)();
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  complete(callback, twoPaths(oldPath, 'oldPath', newPath, 'newPath', binding.rename));
}

function linkSync(existingPath, newPath) {
  twoPaths(existingPath, 'existingPath', newPath, 'newPath', binding.link)();
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  complete(callback, twoPaths(existingPath, 'existingPath', newPath, 'newPath', binding.link));
}

const kSymlinkTypes = ['dir', 'file', 'junction', null, undefined];

function symlinkWork(target, path, type) {
  validateOneOf(type, 'type', kSymlinkTypes);
  const linkTarget = pathArg(target, 'target');
  const linkPath = pathArg(path);
  const typeName = typeof type === 'string' ? type : 'file';
  return () => binding.symlink(linkTarget, linkPath, typeName);
}

function symlinkSync(target, path, type) {
  symlinkWork(target, path, type)();
}

function symlink(target, path, type, callback) {
  if (callback === undefined) {
    callback = makeCallback(type);
    type = undefined;
  } else {
    validateOneOf(type, 'type', kSymlinkTypes);
    // NODE-DIFF: Node 24 stores a non-function callback here unchecked and
    // silently drops the result; we reject it like every other fs callback.
    validateFunction(callback, 'cb');
  }
  complete(callback, symlinkWork(target, path, type));
}

function readlinkWork(path, options) {
  options = getOptions(options);
  const link = pathArg(path, 'oldPath');
  return () => encodeName(binding.readlink(link), options.encoding);
}

function readlinkSync(path, options) {
  return readlinkWork(path, options)();
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  complete(callback, readlinkWork(path, options));
}

// Node's JavaScript realpath: each component lstat'ed from the root, links
// read and resolved in place, so errors name the absolute component (lstat).
function realpathResolve(p) {
  p = pathModule.resolve(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let current = '/';
  let base = '/';
  let pos = 1;
  while (pos < p.length) {
    const next = p.indexOf('/', pos);
    const previous = current;
    if (next === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, next + 1);
      base = previous + p.slice(pos, next);
      pos = next + 1;
    }
    if (knownHard.has(base)) continue;
    const stats = binding.stat(base, false, true);
    if ((stats[1] & S_IFMT) !== S_IFLNK) {
      knownHard.add(base);
      continue;
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    let linkTarget = seenLinks.get(id);
    if (linkTarget === undefined) {
      // A link that leads nowhere (or round in a loop) fails here, as stat.
      binding.stat(base, true, true);
      linkTarget = binding.readlink(base);
      seenLinks.set(id, linkTarget);
    }
    const resolvedLink = pathModule.resolve(previous, linkTarget);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = base = '/';
    pos = 1;
  }
  return p;
}

function realpathPath(path) {
  return toBindingPath(getValidatedPath(path));
}

function realpathSync(path, options) {
  options = getOptions(options);
  return encodeName(realpathResolve(realpathPath(path)), options.encoding);
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  return encodeName(binding.realpath(realpathPath(path)), options.encoding);
};

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const file = realpathPath(path);
  complete(callback, () => encodeName(realpathResolve(file), options.encoding));
}

realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const file = realpathPath(path);
  complete(callback, () => encodeName(binding.realpath(file), options.encoding));
};

// --- copyFile ---

function copyFileWork(src, dest, mode) {
  const from = pathArg(src, 'src');
  const to = pathArg(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return () => binding.copyFile(from, to, mode);
}

function copyFileSync(src, dest, mode) {
  copyFileWork(src, dest, mode)();
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  callback = makeCallback(callback);
  complete(callback, copyFileWork(src, dest, mode));
}

// --- chmod / chown / utimes / truncate ---

function chmodSync(path, mode) {
  const file = pathArg(path);
  binding.chmod(file, parseFileMode(mode, 'mode'));
}

function chmod(path, mode, callback) {
  const file = pathArg(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  complete(callback, () => binding.chmod(file, mode));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  complete(callback, () => binding.fchmod(fd, mode));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chownSync(path, uid, gid) {
  const file = pathArg(path);
  validateIds(uid, gid);
  binding.chown(file, uid, gid);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  const file = pathArg(path);
  validateIds(uid, gid);
  complete(callback, () => binding.chown(file, uid, gid));
}

function lchownSync(path, uid, gid) {
  const file = pathArg(path);
  validateIds(uid, gid);
  binding.lchown(file, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  const file = pathArg(path);
  validateIds(uid, gid);
  complete(callback, () => binding.lchown(file, uid, gid));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  complete(callback, () => binding.fchown(fd, uid, gid));
}

function timesWork(call, target, atime, mtime) {
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return () => call(target, a, m);
}

function utimesSync(path, atime, mtime) {
  timesWork(binding.utimes, pathArg(path), atime, mtime)();
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  complete(callback, timesWork(binding.utimes, pathArg(path), atime, mtime));
}

function lutimesSync(path, atime, mtime) {
  timesWork(binding.lutimes, pathArg(path), atime, mtime)();
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  complete(callback, timesWork(binding.lutimes, pathArg(path), atime, mtime));
}

function futimesSync(fd, atime, mtime) {
  timesWork(binding.futimes, getValidatedFd(fd), atime, mtime)();
}

function futimes(fd, atime, mtime, callback) {
  const work = timesWork(binding.futimes, getValidatedFd(fd), atime, mtime);
  callback = makeCallback(callback);
  complete(callback, work);
}

function truncateLength(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}

// Node truncates a path by opening it 'r+' (so errors say open) and then
// truncating the descriptor.
function truncatePath(file, len) {
  const fd = binding.open(file, stringToFlags('r+'), 0o666);
  try {
    binding.ftruncate(fd, len);
  } finally {
    binding.close(fd);
  }
}

function truncateSync(path, len = 0) {
  if (isFd(path)) return ftruncateSync(path, len);
  const file = pathArg(path);
  truncatePath(file, truncateLength(len));
}

function truncate(path, len = 0, callback) {
  if (isFd(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  const file = pathArg(path);
  len = truncateLength(len);
  callback = maybeCallback(callback);
  complete(callback, () => truncatePath(file, len));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, truncateLength(len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = truncateLength(len);
  callback = makeCallback(callback);
  complete(callback, () => binding.ftruncate(fd, len));
}

// --- File descriptors ---

function openArgs(path, flags, mode) {
  const file = pathArg(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return () => binding.open(file, flagsNumber, mode);
}

function openSync(path, flags, mode) {
  return openArgs(path, flags, mode)();
}

function open(path, flags, mode, callback) {
  const file = pathArg(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  complete(callback, () => binding.open(file, flagsNumber, mode));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function defaultCloseCallback(error) {
  if (error != null) throw error;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  complete(callback, () => binding.close(fd));
}

function bindingPosition(position) {
  return position == null ? -1 : Number(position);
}

// Reads into a view of any element type through its bytes.
function readInto(fd, buffer, offset, length, position) {
  return binding.read(fd, viewBytes(buffer), offset, length, bindingPosition(position));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  return readInto(fd, buffer, offset, length, position);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  completeArgs(callback, () => [readInto(fd, buffer, offset, length, position), buffer]);
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (fd, ...args) => new Promise((resolve, reject) => {
    read(fd, ...args, (error, bytesRead, buffer) => (error ? reject(error) : resolve({ bytesRead, buffer })));
  }),
});

function writeBufferArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset == null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return [viewBytes(buffer), offset, length, bindingPosition(position)];
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    if (position === undefined && typeof offsetOrOptions !== 'object') position = null;
    const [bytes, offset, count, at] = writeBufferArgs(buffer, offsetOrOptions, length, position);
    return binding.write(fd, bytes, offset, count, at);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, length);
  return binding.write(fd, bytes, 0, bytes.length, bindingPosition(offsetOrOptions));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof length === 'function') length = undefined;
    if (typeof position === 'function') position = undefined;
    const [bytes, from, count, at] = writeBufferArgs(buffer, offset, length, position);
    completeArgs(callback, () => [binding.write(fd, bytes, from, count, at), buffer]);
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const string = buffer;
  validateEncoding(string, length);
  callback = maybeCallback(position);
  const bytes = Buffer.from(string, length);
  const at = bindingPosition(typeof offset === 'number' ? offset : null);
  completeArgs(callback, () => [binding.write(fd, bytes, 0, bytes.length, at), string]);
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (fd, ...args) => new Promise((resolve, reject) => {
    write(fd, ...args, (error, bytesWritten, buffer) => (error ? reject(error) : resolve({ bytesWritten, buffer })));
  }),
});

// Scatter/gather one buffer at a time; a short read or write ends it.
function readvBuffers(fd, buffers, position) {
  let total = 0;
  for (const buffer of buffers) {
    const bytes = viewBytes(buffer);
    if (bytes.length === 0) continue;
    const at = position == null ? -1 : Number(position) + total;
    const count = binding.read(fd, bytes, 0, bytes.length, at);
    total += count;
    if (count < bytes.length) break;
  }
  return total;
}

function writevBuffers(fd, buffers, position) {
  let total = 0;
  for (const buffer of buffers) {
    const bytes = viewBytes(buffer);
    if (bytes.length === 0) continue;
    const at = position == null ? -1 : Number(position) + total;
    const count = binding.write(fd, bytes, 0, bytes.length, at);
    total += count;
    if (count < bytes.length) break;
  }
  return total;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return readvBuffers(fd, buffers, position);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  completeArgs(callback, () => [readvBuffers(fd, buffers, position), buffers]);
}
Object.defineProperty(readv, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (fd, ...args) => new Promise((resolve, reject) => {
    readv(fd, ...args, (error, bytesRead, buffers) => (error ? reject(error) : resolve({ bytesRead, buffers })));
  }),
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return writevBuffers(fd, buffers, position);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  completeArgs(callback, () => [writevBuffers(fd, buffers, position), buffers]);
}
Object.defineProperty(writev, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (fd, ...args) => new Promise((resolve, reject) => {
    writev(fd, ...args, (error, bytesWritten, buffers) => (error ? reject(error) : resolve({ bytesWritten, buffers })));
  }),
});

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  complete(callback, () => binding.fsync(fd));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  complete(callback, () => binding.fdatasync(fd));
}

// --- Dir, cp, watchers, streams (internal files, loaded on first use) ---

function lazy(id) {
  let module;
  return () => (module ??= require(id));
}
const lazyDir = lazy('internal/fs/dir');
const lazyCp = lazy('internal/fs/cp');
const lazyWatchers = lazy('internal/fs/watchers');
const lazyStreams = lazy('internal/fs/streams');

function opendir(path, options, callback) {
  return lazyDir().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return lazyDir().opendirSync(path, options);
}

function cpSync(src, dest, options) {
  lazyCp().cpSync(src, dest, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  lazyCp().cpAsync(src, dest, options).then(
    () => queueCompletion(() => callback(null)),
    (error) => queueCompletion(() => callback(error)),
  );
}

function watch(filename, options, listener) {
  return lazyWatchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return lazyWatchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return lazyWatchers().unwatchFile(filename, listener);
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

function openAsBlob() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('openAsBlob');
}

function glob() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('glob');
}

function globSync() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('globSync');
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  mkdtempDisposableSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(value) {
    Object.defineProperty(fs, 'ReadStream', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(value) {
    Object.defineProperty(fs, 'WriteStream', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() {
    return lazyDir().Dir;
  },
  opendir,
  opendirSync,
};

// Read-only, as Node defines them.
for (const [name, value] of [['F_OK', constants.F_OK], ['R_OK', constants.R_OK], ['W_OK', constants.W_OK],
  ['X_OK', constants.X_OK], ['constants', constants]]) {
  Object.defineProperty(fs, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
}

Object.defineProperty(fs, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('fs/promises');
  },
});

// The work behind each call, shared with fs/promises (which loads this
// module first) through the internal utils module, out of users' reach.
utils.ops = {
  readFileWork,
  writeFileWork,
  appendOptions,
  statWork,
  readdirOptions,
  readdirWork,
  mkdirArgs,
  mkdtempWork,
  disposableFullPath,
  rmdirWork,
  rmWork,
  twoPaths,
  symlinkWork,
  readlinkWork,
  realpathResolve,
  copyFileWork,
  timesWork,
  truncatePath,
  truncateLength,
  openArgs,
  readInto,
  readvBuffers,
  writevBuffers,
  writeBufferArgs,
  validateIds,
  bindingPosition,
  checkAborted,
  isFd,
};
