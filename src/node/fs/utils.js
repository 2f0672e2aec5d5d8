'use strict';
// `internal/fs/utils`: what `fs`, `fs/promises` and the fs internals share —
// Stats/BigIntStats and Dirent, fs.constants (Linux values), open flags,
// path/fd validation (strings, Buffers and file: URLs), option parsing and the
// error helpers. The natives are `internalBinding('fs')` (contract in
// notes/fs-contract.md and src/node/README.md).

const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  UVException,
  hideStackFrames,
  codes: {
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
// file: URLs as paths: the url module's own fileURLToPath (host, scheme and
// encoded-slash errors included).
const { isURL, fileURLToPath, toPathIfFileURL } = require('internal/url');

// fs.constants as Node has them on Linux (a null-prototype object, not frozen).
const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};

const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET, UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK, F_OK, R_OK, W_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
} = constants;

// Libuv caps one read or write below 2 GiB.
const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;
const kEmptyObject = Object.freeze({ __proto__: null });

const kType = Symbol('type');
const kStats = Symbol('stats');

// --- Encodings and options ---

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding);
}

function assertEncoding(encoding) {
  if (encoding && !isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// `options` may be an encoding name or an object; functions and nullish
// values (the callback in its place) give the defaults.
function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    options = { ...defaultOptions, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// A string from the binding as the caller asked for it.
function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

// --- Paths and file descriptors ---

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNull = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
});

// A string, Buffer or file: URL, validated; returns a string or Buffer.
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
});

// NODE-DIFF: the binding takes paths as UTF-8 strings, so a Buffer path that
// is not valid UTF-8 names a different file than under Node.
function toBindingPath(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
}

// getValidatedPath and then the string the binding takes.
function pathArg(fileURLOrPath, propName = 'path') {
  return toBindingPath(getValidatedPath(fileURLOrPath, propName));
}

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

// --- Flags, modes, times ---

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags + 0;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const octalPattern = /^[0-7]+$/;
const modeReason = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalPattern.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeReason);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function getValidMode(mode, type) {
  let min = Math.min(F_OK, W_OK, R_OK, X_OK);
  let max = F_OK | W_OK | R_OK | X_OK;
  let def = F_OK;
  if (type === 'copyFile') {
    min = 0;
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = mode || 0;
  }
  if (mode == null) return def;
  validateInteger(mode, 'mode', min, max);
  return mode;
}

function isDate(value) {
  return Object.prototype.toString.call(value) === '[object Date]';
}

// A Date, a number of seconds or a numeric string, as seconds (fractional).
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (const buffer of buffers) {
    if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The bytes of any ArrayBufferView, without copying.
function viewBytes(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// --- Stats ---

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function isFile() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function isBlockDevice() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function isFIFO() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function isSocket() {
  return this._checkModeProperty(S_IFSOCK);
};

// The Date fields are made on first read, as in Node 22+; Date() floors, so
// the milliseconds are rounded first.
function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function lazyDate(name) {
  return {
    enumerable: true,
    configurable: true,
    get() {
      const value = dateFromMs(this[`${name}Ms`]);
      Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
  };
}

const lazyDateFields = {
  atime: lazyDate('atime'),
  mtime: lazyDate('mtime'),
  ctime: lazyDate('ctime'),
  birthtime: lazyDate('birthtime'),
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperties(Stats.prototype, lazyDateFields);
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
Object.defineProperties(BigIntStats.prototype, lazyDateFields);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The binding's Float64Array(18) (see the contract) as Stats or BigIntStats.
function getStatsFromBinding(array, bigint = false, offset = 0) {
  const at = (i) => array[offset + i];
  if (bigint) {
    const big = (i) => BigInt(Math.trunc(at(i)));
    const ns = (i) => big(i) * 1000000000n + big(i + 1);
    return new BigIntStats(big(0), big(1), big(2), big(3), big(4), big(5), big(6), big(7), big(8), big(9),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => at(i) * 1000 + at(i + 1) / 1e6;
  return new Stats(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9),
    ms(10), ms(12), ms(14), ms(16));
}

// --- Dirent ---

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}

// A Dirent whose type the directory listing did not give (lstat'ed instead).
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Reflect.ownKeys(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function () {
    return this[kStats][name]();
  };
}

// --- Errors ---

// A binding error again, as another syscall reported it (Node's opendir
// reports 'opendir' where the binding lists with 'scandir').
function withSyscall(error, syscall) {
  if (error === null || typeof error !== 'object' || typeof error.errno !== 'number') return error;
  const context = { errno: error.errno, syscall };
  if (error.path !== undefined) context.path = error.path;
  if (error.dest !== undefined) context.dest = error.dest;
  return new UVException(context);
}

function fsEisdir(path, syscall) {
  return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall, errno: -21 });
}

// --- Option validation shared by the three APIs ---

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  return options;
}

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(template) {
  const endsWithX = typeof template === 'string' ? template.endsWith('X') : template[template.length - 1] === 0x58;
  if (!nonPortableTemplateWarned && endsWithX) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarned = true;
  }
}

// Joins a directory and an entry name, as strings or Buffers.
function join(path, name) {
  if (typeof path === 'string' && typeof name === 'string') return pathModule.join(path, name);
  const sep = Buffer.from('/');
  const head = typeof path === 'string' ? Buffer.from(path) : path;
  const tail = typeof name === 'string' ? Buffer.from(name) : name;
  return Buffer.concat([head, sep, tail]);
}

module.exports = {
  constants,
  kIoMaxLength,
  kMaxUserId,
  kEmptyObject,
  assertEncoding,
  copyObject,
  encodeName,
  getOptions,
  isURL,
  isUint8Array,
  fileURLToPath,
  toPathIfFileURL,
  validatePath,
  getValidatedPath,
  toBindingPath,
  pathArg,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  isDate,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBufferArray,
  validateStringAfterArrayBufferView,
  viewBytes,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  Dirent,
  DirentFromStats,
  withSyscall,
  fsEisdir,
  validateRmOptions,
  validateRmdirOptions,
  validateCpOptions,
  warnOnNonPortableTemplate,
  join,
};
