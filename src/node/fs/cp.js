'use strict';
// `internal/fs/cp`: fs.cp, fs.cpSync and fs.promises.cp, following Node's
// algorithm (checks on both paths and their parents, then a walk of the
// source). One walk serves all three: it is a generator that yields the
// filter's answers, which cpSync takes as they are and the async forms await.
//
// Errors: fs.cp and fs.promises.cp throw Node's SystemErrors (syscall 'cp',
// positive errno, as Node's cp.js takes them from os.constants.errno).
// Node 24's cpSync checks its two paths in C++ (cpSyncCheckPaths) and copies
// a directory without a filter in C++ (cpSyncCopyDir); those throw plain
// Errors carrying only `code`, with their own messages, and so does our
// cpSync for the same cases.
// NODE-DIFF: Node 24's native checks look at the source through symlinks
// unless `dereference` is set and take any symlink for a directory when it
// is (so cpSync of a link to a file with dereference fails with
// ERR_FS_EISDIR), and its native copy aborts the process when a nested
// directory meets a file; our cpSync keeps the JavaScript algorithm's
// meaning (lstat unless dereference) and its nested checks.

const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { getValidatedPath, toBindingPath, validateCpOptions } = require('internal/fs/utils');

const EEXIST = 17;
const EINVAL = 22;
const EISDIR = 21;
const ENOTDIR = 20;

let fs;
function lazyFs() {
  return fs ??= require('fs');
}

function statFor(opts) {
  return opts.dereference ? (file) => lazyFs().statSync(file, { bigint: true }) :
    (file) => lazyFs().lstatSync(file, { bigint: true });
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function isSrcSubdir(src, dest) {
  const srcParts = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destParts = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

function einval(message, path) {
  return new ERR_FS_CP_EINVAL({ message, path, syscall: 'cp', errno: EINVAL, code: 'EINVAL' });
}

// An error as Node's C++ (THROW_ERR_*) makes it: an Error with an own `code`.
function nativeError(code, message) {
  const error = new Error(message);
  error.code = code;
  return error;
}

// cpSync's top-level checks, with the messages of Node 24's cpSyncCheckPaths
// (which adds a separator to `src` once the type checks are done).
const syncCheckErrors = {
  namesGivenDest: true,
  same: (src, dest) => nativeError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`),
  dirToNonDir: (src, dest) =>
    nativeError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`),
  nonDirToDir: (src, dest) =>
    nativeError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`),
  subdirectory: (src, dest) =>
    nativeError('ERR_FS_CP_EINVAL', `Cannot copy ${withSeparator(src)} to a subdirectory of self ${dest}`),
};

const asyncCheckErrors = {
  same: (src, dest) => einval('src and dest cannot be the same', dest),
  dirToNonDir: (src, dest) => new ERR_FS_CP_DIR_TO_NON_DIR({
    message: `cannot overwrite non-directory ${dest} with directory ${src}`,
    path: dest, syscall: 'cp', errno: EISDIR, code: 'EISDIR',
  }),
  nonDirToDir: (src, dest) => new ERR_FS_CP_NON_DIR_TO_DIR({
    message: `cannot overwrite directory ${dest} with non-directory ${src}`,
    path: dest, syscall: 'cp', errno: ENOTDIR, code: 'ENOTDIR',
  }),
  subdirectory: (src, dest) => einval(`cannot copy ${src} to a subdirectory of self ${dest}`, dest),
};

function withSeparator(path) {
  return path.endsWith(pathModule.sep) ? path : path + pathModule.sep;
}

function getStats(src, dest, opts) {
  const statFunc = statFor(opts);
  const srcStat = statFunc(src);
  let destStat = null;
  try {
    destStat = statFunc(dest);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  return { srcStat, destStat };
}

function checkPaths(src, dest, opts, errors = asyncCheckErrors) {
  const { srcStat, destStat } = getStats(src, dest, opts);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) throw errors.same(src, dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) throw errors.dirToNonDir(src, dest);
    if (!srcStat.isDirectory() && destStat.isDirectory()) throw errors.nonDirToDir(src, dest);
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) throw errors.subdirectory(src, dest);
  return { srcStat, destStat };
}

// Refuses to copy a directory into a directory below it, found by walking
// up from dest's parent while the parents exist.
// Node's JavaScript names the parent it got to in the message; its C++ (for
// cpSync) names the destination it was given (`errors.namesGivenDest`).
function checkParentPaths(src, srcStat, dest, errors, givenDest = dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) return;
  let destStat;
  try {
    destStat = lazyFs().statSync(destParent, { bigint: true });
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  if (areIdentical(srcStat, destStat)) throw errors.subdirectory(src, errors.namesGivenDest ? givenDest : dest);
  checkParentPaths(src, srcStat, destParent, errors, givenDest);
}

// Set on cpSync's options when Node 24 would copy a directory's contents in
// C++ (no filter), whose errors have their own shape.
const kNativeCopy = Symbol('kNativeCopy');

function* copyItem(destStat, src, dest, opts, nested = false) {
  const srcStat = opts.dereference ? lazyFs().statSync(src) : lazyFs().lstatSync(src);
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      lazyFs().mkdirSync(dest);
      yield* copyDir(src, dest, opts);
      lazyFs().chmodSync(dest, srcStat.mode);
    } else {
      yield* copyDir(src, dest, opts);
    }
    return;
  }
  if (srcStat.isDirectory()) {
    throw new ERR_FS_EISDIR({
      message: `${src} is a directory (not copied)`,
      path: src, syscall: 'cp', errno: EISDIR, code: 'EISDIR',
    });
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    copyFileItem(srcStat, destStat, src, dest, opts, nested);
    return;
  }
  if (srcStat.isSymbolicLink()) {
    copyLink(destStat, src, dest, opts);
    return;
  }
  const context = { path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL' };
  if (srcStat.isSocket()) throw new ERR_FS_CP_SOCKET({ ...context, message: `cannot copy a socket file: ${dest}` });
  if (srcStat.isFIFO()) throw new ERR_FS_CP_FIFO_PIPE({ ...context, message: `cannot copy a FIFO pipe: ${dest}` });
  throw new ERR_FS_CP_UNKNOWN({ ...context, message: `cannot copy an unknown file type: ${dest}` });
}

function copyFileItem(srcStat, destStat, src, dest, opts, nested) {
  if (destStat) {
    if (opts.force) {
      lazyFs().unlinkSync(dest);
    } else if (opts.errorOnExist && nested && opts[kNativeCopy]) {
      // Node 24's cpSyncCopyDir words it so, the SystemError's text included.
      throw nativeError('ERR_FS_CP_EEXIST',
                        `[ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (${dest} already exists)`);
    } else if (opts.errorOnExist) {
      throw new ERR_FS_CP_EEXIST({
        message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST, code: 'EEXIST',
      });
    } else {
      return;
    }
  }
  lazyFs().copyFileSync(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only file must be made writable to set its times.
    if ((srcStat.mode & 0o200) === 0) lazyFs().chmodSync(dest, srcStat.mode | 0o200);
    const times = lazyFs().statSync(src);
    lazyFs().utimesSync(dest, times.atime, times.mtime);
  }
  lazyFs().chmodSync(dest, srcStat.mode);
}

function* copyDir(src, dest, opts) {
  const names = lazyFs().readdirSync(src);
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    if (opts.filter) {
      const keep = yield opts.filter(srcItem, destItem);
      if (!keep) continue;
    }
    const { destStat } = checkPaths(srcItem, destItem, opts);
    yield* copyItem(destStat, srcItem, destItem, opts, true);
  }
}

function copyLink(destStat, src, dest, opts) {
  const fsm = lazyFs();
  let resolvedSrc = fsm.readlinkSync(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) {
    fsm.symlinkSync(resolvedSrc, dest);
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = fsm.readlinkSync(dest);
  } catch (error) {
    if (error.code === 'EINVAL' || error.code === 'UNKNOWN') {
      fsm.symlinkSync(resolvedSrc, dest);
      return;
    }
    throw error;
  }
  if (!pathModule.isAbsolute(resolvedDest)) resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw einval(`cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
  }
  if (fsm.statSync(src).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
      message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
      path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }
  fsm.unlinkSync(dest);
  fsm.symlinkSync(resolvedSrc, dest);
}

function* copyTop(src, dest, opts, sync) {
  if (opts.filter) {
    const keep = yield opts.filter(src, dest);
    if (!keep) return;
  }
  const errors = sync ? syncCheckErrors : asyncCheckErrors;
  const { srcStat, destStat } = checkPaths(src, dest, opts, errors);
  checkParentPaths(src, srcStat, dest, errors);
  // cpSync refuses what it cannot copy before making dest's parent; fs.cp
  // makes the parent first.
  if (sync) checkSyncSource(srcStat, src, dest, opts);
  const destParent = pathModule.dirname(dest);
  if (!lazyFs().existsSync(destParent)) lazyFs().mkdirSync(destParent, { recursive: true });
  yield* copyItem(destStat, src, dest, opts);
}

// The rest of Node 24's cpSyncCheckPaths.
function checkSyncSource(srcStat, src, dest, opts) {
  if (srcStat.isDirectory() && !opts.recursive) {
    throw nativeError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${withSeparator(src)}`);
  }
  if (srcStat.isSocket()) throw nativeError('ERR_FS_CP_SOCKET', `Cannot copy a socket file: ${dest}`);
  if (srcStat.isFIFO()) throw nativeError('ERR_FS_CP_FIFO_PIPE', `Cannot copy a FIFO pipe: ${dest}`);
  if (!srcStat.isDirectory() && !srcStat.isFile() && !srcStat.isSymbolicLink() &&
      !srcStat.isCharacterDevice() && !srcStat.isBlockDevice()) {
    throw nativeError('ERR_FS_CP_UNKNOWN', `Cannot copy an unknown file type: ${dest}`);
  }
}

function prepare(src, dest, options, sync) {
  const opts = validateCpOptions(options);
  src = toBindingPath(getValidatedPath(src, 'src'));
  dest = toBindingPath(getValidatedPath(dest, 'dest'));
  if (sync && !opts.filter) opts[kNativeCopy] = true;
  return copyTop(src, dest, opts, sync);
}

function cpSync(src, dest, options) {
  const walk = prepare(src, dest, options, true);
  let step = walk.next();
  while (!step.done) {
    const answer = step.value;
    if (typeof answer?.then === 'function') {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', answer);
    }
    step = walk.next(answer);
  }
}

// Validation errors throw at once, as from Node's fs.cp; everything else
// rejects. A filter may answer with a promise.
function cpAsync(src, dest, options) {
  return drive(prepare(src, dest, options, false));
}

async function drive(walk) {
  let step = walk.next();
  while (!step.done) {
    let answer;
    try {
      answer = await step.value;
    } catch (error) {
      step = walk.throw(error);
      continue;
    }
    step = walk.next(answer);
  }
}

module.exports = { cpSync, cpAsync };
