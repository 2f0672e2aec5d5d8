'use strict';
// node:path — both flavours, posix (exported, as on Linux) and win32, with
// Node's exact results down to its edge cases.

const { validateObject, validateString } = require('internal/validators');

const CHAR_DOT = 46;
const CHAR_FORWARD_SLASH = 47;
const CHAR_BACKWARD_SLASH = 92;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;

function isPosixSeparator(code) {
  return code === CHAR_FORWARD_SLASH;
}

function isWin32Separator(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrivePrefix(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === CHAR_COLON;
}

function drivePrefixLength(path) {
  return hasDrivePrefix(path) ? 2 : 0;
}

const WINDOWS_RESERVED_NAMES = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3',
  'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
];

// Like Node, a missing colon (-1) compares all but the last character.
function isWindowsReservedName(path, colonIndex) {
  return WINDOWS_RESERVED_NAMES.includes(path.slice(0, colonIndex).toUpperCase());
}

// Drops empty and '.' segments and folds '..' into its parent; '..' that
// climbs above the start is kept only when `allowAboveRoot`.
function normalizeSegments(path, allowAboveRoot, separator, isSeparator) {
  const segments = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSeparator(path.charCodeAt(i))) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (allowAboveRoot) segments.push('..');
  }
  return segments.join(separator);
}

// The last component at or after `from`, trailing separators ignored:
// `start` is just past the separator before it (or `from`), `end` is -1 if
// there is no component.
function lastComponent(path, from, isSeparator) {
  let end = path.length;
  while (end > from && isSeparator(path.charCodeAt(end - 1))) end--;
  if (end === from) return { start: from, end: -1 };
  let start = end;
  while (start > from && !isSeparator(path.charCodeAt(start - 1))) start--;
  return { start, end };
}

// Where the extension of path[start, end) begins, or -1: a leading dot does
// not start one, and neither does '..' (unless `dotDotIsName` is false).
function extensionIndex(path, start, end, dotDotIsName = true) {
  const dot = path.lastIndexOf('.', end - 1);
  if (dot <= start) return -1;
  const isDotDot = end - start === 2 && path.charCodeAt(start) === CHAR_DOT && dot === start + 1;
  return isDotDot && dotDotIsName ? -1 : dot;
}

// `rootLength(path)` tells how much of the path the component search skips.
function basenameOf(path, suffix, isSeparator, rootLength) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const from = rootLength(path);
  const { start, end } = lastComponent(path, from, isSeparator);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return end === -1 ? '' : path.slice(start, end);
  }
  if (suffix === path) return '';
  if (end === -1) return path.slice(from);
  const shared = Math.min(suffix.length, end - start);
  if (path.slice(end - shared, end) !== suffix.slice(suffix.length - shared)) return path.slice(start, end);
  // A suffix longer than the component leaves the trailing separators in.
  if (shared < suffix.length) return path.slice(start);
  const stripped = end - suffix.length;
  return path.slice(start, stripped === start ? end : stripped);
}

function extnameOf(path, isSeparator, rootLength) {
  validateString(path, 'path');
  const { start, end } = lastComponent(path, rootLength(path), isSeparator);
  if (end === -1) return '';
  const dot = extensionIndex(path, start, end);
  return dot === -1 ? '' : path.slice(dot, end);
}

function fillNameAndExt(parsed, path, start, end, dotDotIsName) {
  if (end === -1) return;
  const dot = extensionIndex(path, start, end, dotDotIsName);
  parsed.base = path.slice(start, end);
  parsed.name = dot === -1 ? parsed.base : path.slice(start, dot);
  if (dot !== -1) parsed.ext = path.slice(dot, end);
}

function formatExt(ext) {
  if (!ext) return '';
  return ext[0] === '.' ? ext : `.${ext}`;
}

function formatWith(separator, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${separator}${base}`;
}

// `\\server\share…`: where the server and share sit, or null.
function matchUnc(path) {
  const len = path.length;
  if (len < 3 || !isWin32Separator(path.charCodeAt(0)) || !isWin32Separator(path.charCodeAt(1))) return null;
  let j = 2;
  while (j < len && !isWin32Separator(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const server = path.slice(2, j);
  while (j < len && isWin32Separator(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWin32Separator(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j, share: path.slice(shareStart, j) };
}

// `\\.\` and `\\?\` open the device and long-path namespaces.
function isNamespaceServer(server) {
  return server === '.' || server === '?';
}

// The root of one argument of win32.resolve: its device ('' for none),
// where the rest begins, and whether it is absolute.
function resolveRoot(path) {
  const code = path.charCodeAt(0);
  if (isWin32Separator(code)) {
    const unc = matchUnc(path);
    if (unc === null) return { device: '', rootEnd: 1, isAbsolute: true };
    if (isNamespaceServer(unc.server)) return { device: `\\\\${unc.server}`, rootEnd: 4, isAbsolute: true };
    return { device: `\\\\${unc.server}\\${unc.share}`, rootEnd: unc.shareEnd, isAbsolute: true };
  }
  if (hasDrivePrefix(path)) {
    const isAbsolute = path.length > 2 && isWin32Separator(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: isAbsolute ? 3 : 2, isAbsolute };
  }
  return { device: '', rootEnd: 0, isAbsolute: false };
}

// The directory a relative `C:foo` is resolved against: that drive's cwd
// when Windows recorded one in the environment, else the process cwd, else
// the drive's root.
function driveCwd(device) {
  const cwd = process.env[`=${device}`] || process.cwd();
  const otherDrive = cwd.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
    cwd.charCodeAt(2) === CHAR_BACKWARD_SLASH;
  return cwd === undefined || otherDrive ? `${device}\\` : cwd;
}

function win32Resolve(...args) {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else {
      path = resolvedDevice.length === 0 ? process.cwd() : driveCwd(resolvedDevice);
    }
    const { device, rootEnd, isAbsolute } = resolveRoot(path);
    if (device.length > 0) {
      // A path on another device has no bearing on the result.
      if (resolvedDevice.length > 0 && device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
      if (resolvedDevice.length === 0) resolvedDevice = device;
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
      continue;
    }
    resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
    resolvedAbsolute = isAbsolute;
    if (isAbsolute && resolvedDevice.length > 0) break;
  }
  resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWin32Separator);
  if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
  return `${resolvedDevice}${resolvedTail}` || '.';
}

// The root of a path for win32.normalize; `whole` is set when the path is
// nothing but a UNC root, which normalizes to itself plus a separator.
function normalizeRoot(path) {
  const code = path.charCodeAt(0);
  if (isWin32Separator(code)) {
    const unc = matchUnc(path);
    if (unc === null) return { device: undefined, rootEnd: 1, isAbsolute: true };
    if (isNamespaceServer(unc.server)) {
      // Node 24: a reserved device right after the namespace (`\\.\CON:`)
      // becomes part of the root, always in the `\\?\` namespace.
      const possibleDevice = path.slice(4, path.indexOf(':') + 1);
      if (isWindowsReservedName(possibleDevice, possibleDevice.length - 1)) {
        return { device: `\\\\?\\${possibleDevice}`, rootEnd: 4 + possibleDevice.length, isAbsolute: true };
      }
      return { device: `\\\\${unc.server}`, rootEnd: 4, isAbsolute: true };
    }
    if (unc.shareEnd === path.length) return { whole: `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\` };
    return { device: `\\\\${unc.server}\\${unc.share}`, rootEnd: unc.shareEnd, isAbsolute: true };
  }
  const colon = path.indexOf(':');
  if (colon === 1 && isDriveLetter(code)) {
    const isAbsolute = path.length > 2 && isWin32Separator(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: isAbsolute ? 3 : 2, isAbsolute };
  }
  if (colon > 0 && isWindowsReservedName(path, colon)) {
    return { device: path.slice(0, colon + 1), rootEnd: colon + 1, isAbsolute: false };
  }
  return { device: undefined, rootEnd: 0, isAbsolute: false };
}

// A colon ending a segment would make Windows read a relative path as a
// drive or stream (CVE-2024-36139).
function hasColonEndingSegment(path) {
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWin32Separator(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

function win32Normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return path === '/' ? '\\' : path;
  const root = normalizeRoot(path);
  if (root.whole !== undefined) return root.whole;
  const { device, rootEnd, isAbsolute } = root;
  let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWin32Separator) : '';
  if (tail.length === 0 && !isAbsolute) tail = '.';
  if (tail.length > 0 && isWin32Separator(path.charCodeAt(len - 1))) tail += '\\';
  if (!isAbsolute && device === undefined && path.includes(':')) {
    if (hasDrivePrefix(tail) || hasColonEndingSegment(path)) return `.\\${tail}`;
  }
  if (isWindowsReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
  if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
  return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function win32IsAbsolute(path) {
  validateString(path, 'path');
  if (path.length === 0) return false;
  return isWin32Separator(path.charCodeAt(0)) ||
    (path.length > 2 && hasDrivePrefix(path) && isWin32Separator(path.charCodeAt(2)));
}

// Leading separators are squeezed so normalize() does not take the result
// for a UNC path, unless the first argument itself clearly is one.
function squeezeLeadingSeparators(joined, firstPart) {
  const firstIsUnc = firstPart.length > 2 && isWin32Separator(firstPart.charCodeAt(0)) &&
    isWin32Separator(firstPart.charCodeAt(1)) && !isWin32Separator(firstPart.charCodeAt(2));
  if (firstIsUnc) return joined;
  let count = 0;
  while (count < joined.length && isWin32Separator(joined.charCodeAt(count))) count++;
  return count >= 2 ? `\\${joined.slice(count)}` : joined;
}

function win32Join(...args) {
  const parts = joinableParts(args);
  if (parts.length === 0) return '.';
  const joined = squeezeLeadingSeparators(parts.join('\\'), parts[0]);
  // Node 24 leaves a path naming a reserved device (`CON:`, `aux:x`) in any
  // backslash-separated segment unnormalized, only turning '/' into '\\'.
  if (joined.split('\\').some(namesReservedDevice)) return joined.replace(/\//g, '\\');
  return win32Normalize(joined);
}

// `segment` starts with a reserved device name and a colon.
function namesReservedDevice(segment) {
  const colon = segment.indexOf(':');
  return colon !== -1 && isWindowsReservedName(segment, colon);
}

function joinableParts(args) {
  const parts = [];
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) parts.push(arg);
  }
  return parts;
}

function win32Relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = win32Resolve(from);
  const toOrig = win32Resolve(to);
  if (fromOrig === toOrig) return '';
  const fromLower = fromOrig.toLowerCase();
  const toLower = toOrig.toLowerCase();
  if (fromLower === toLower) return '';
  if (fromLower.length !== fromOrig.length || toLower.length !== toOrig.length) {
    return relativeBySegments(fromOrig, toOrig);
  }
  return relativeByChars(fromLower, toLower, toOrig);
}

// Lowercasing changed some lengths, so compare whole segments instead.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = splitResolved(fromOrig);
  const toParts = splitResolved(toOrig);
  const length = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i < length) return '..\\'.repeat(fromParts.length - i) + toParts.slice(i).join('\\');
  if (toParts.length > length) return toParts.slice(i).join('\\');
  if (fromParts.length > length) return `${'..\\'.repeat(fromParts.length - 1 - i)}..`;
  return '';
}

function splitResolved(path) {
  const parts = path.split('\\');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

// [start, end) of a resolved path without its leading backslashes and
// trailing ones (a UNC root keeps one character at least).
function trimmedRange(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === CHAR_BACKWARD_SLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === CHAR_BACKWARD_SLASH) end--;
  return [start, end];
}

function relativeByChars(from, to, toOrig) {
  const [fromStart, fromEnd] = trimmedRange(from);
  const [toStart, toEnd] = trimmedRange(to);
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const length = Math.min(fromLen, toLen);
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = from.charCodeAt(fromStart + i);
    if (code !== to.charCodeAt(toStart + i)) break;
    if (code === CHAR_BACKWARD_SLASH) lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      // `from` is an ancestor of `to`, or the bare device root `C:`.
      if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > length) {
      if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let up = '';
  for (let k = fromStart + lastCommonSep + 1; k <= fromEnd; k++) {
    if (k === fromEnd || from.charCodeAt(k) === CHAR_BACKWARD_SLASH) up += up.length === 0 ? '..' : '\\..';
  }
  const restStart = toStart + lastCommonSep;
  if (up.length > 0) return `${up}${toOrig.slice(restStart, toEnd)}`;
  const separator = toOrig.charCodeAt(restStart) === CHAR_BACKWARD_SLASH ? 1 : 0;
  return toOrig.slice(restStart + separator, toEnd);
}

function win32ToNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = win32Resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
    const third = resolved.charCodeAt(2);
    const isPlainUnc = resolved.charCodeAt(1) === CHAR_BACKWARD_SLASH &&
      third !== CHAR_QUESTION_MARK && third !== CHAR_DOT;
    return isPlainUnc ? `\\\\?\\UNC\\${resolved.slice(2)}` : resolved;
  }
  if (hasDrivePrefix(resolved) && resolved.charCodeAt(2) === CHAR_BACKWARD_SLASH) return `\\\\?\\${resolved}`;
  return resolved;
}

// For dirname and parse: where the root ends (-1 for none); `whole` is set
// when the path is nothing but a UNC root.
function dirnameRoot(path) {
  const code = path.charCodeAt(0);
  if (isWin32Separator(code)) {
    const unc = matchUnc(path);
    if (unc === null) return { rootEnd: 1 };
    if (unc.shareEnd === path.length) return { rootEnd: path.length, whole: true };
    return { rootEnd: unc.shareEnd + 1 };
  }
  if (hasDrivePrefix(path)) return { rootEnd: path.length > 2 && isWin32Separator(path.charCodeAt(2)) ? 3 : 2 };
  return { rootEnd: -1 };
}

function win32Dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isWin32Separator(path.charCodeAt(0)) ? path : '.';
  const { rootEnd, whole } = dirnameRoot(path);
  if (whole) return path;
  const from = Math.max(rootEnd, 0);
  const { start, end } = lastComponent(path, from, isWin32Separator);
  if (end !== -1 && start > from) return path.slice(0, start - 1);
  return rootEnd === -1 ? '.' : path.slice(0, rootEnd);
}

function win32Parse(path) {
  validateString(path, 'path');
  const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return parsed;
  const onlyRoot = (len === 1 && isWin32Separator(path.charCodeAt(0))) ||
    (hasDrivePrefix(path) && (len === 2 || (len === 3 && isWin32Separator(path.charCodeAt(2)))));
  if (onlyRoot) {
    parsed.root = parsed.dir = path;
    return parsed;
  }
  if (len === 1) {
    parsed.base = parsed.name = path;
    return parsed;
  }
  const rootEnd = Math.max(dirnameRoot(path).rootEnd, 0);
  parsed.root = path.slice(0, rootEnd);
  const { start, end } = lastComponent(path, rootEnd, isWin32Separator);
  fillNameAndExt(parsed, path, start, end, true);
  parsed.dir = start > 0 && start !== rootEnd ? path.slice(0, start - 1) : parsed.root;
  return parsed;
}

function posixResolve(...args) {
  let resolved = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= 0 && !resolvedAbsolute; i--) {
    const path = args[i];
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    resolvedAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  }
  if (!resolvedAbsolute) {
    const cwd = process.cwd();
    resolved = `${cwd}/${resolved}`;
    resolvedAbsolute = cwd.charCodeAt(0) === CHAR_FORWARD_SLASH;
  }
  resolved = normalizeSegments(resolved, !resolvedAbsolute, '/', isPosixSeparator);
  if (resolvedAbsolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function posixNormalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_FORWARD_SLASH;
  const normalized = normalizeSegments(path, !isAbsolute, '/', isPosixSeparator);
  if (normalized.length === 0) {
    if (isAbsolute) return '/';
    return trailingSeparator ? './' : '.';
  }
  const withTrailing = trailingSeparator ? `${normalized}/` : normalized;
  return isAbsolute ? `/${withTrailing}` : withTrailing;
}

function posixIsAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === CHAR_FORWARD_SLASH;
}

function posixJoin(...args) {
  const parts = joinableParts(args);
  return parts.length === 0 ? '.' : posixNormalize(parts.join('/'));
}

function posixRelative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromParts = posixSegments(posixResolve(from));
  const toParts = posixSegments(posixResolve(to));
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const ups = new Array(fromParts.length - common).fill('..');
  return [...ups, ...toParts.slice(common)].join('/');
}

function posixSegments(resolved) {
  return resolved === '/' ? [] : resolved.slice(1).split('/');
}

function posixDirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  const { start, end } = lastComponent(path, 1, isPosixSeparator);
  if (end === -1 || start === 1) return hasRoot ? '/' : '.';
  if (hasRoot && start === 2) return '//';
  return path.slice(0, start - 1);
}

function posixParse(path) {
  validateString(path, 'path');
  const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return parsed;
  const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  const from = isAbsolute ? 1 : 0;
  if (isAbsolute) parsed.root = '/';
  const { start, end } = lastComponent(path, from, isPosixSeparator);
  const hasDir = end !== -1 && start > from;
  // Node's quirk: a lone component under the root never counts as '..',
  // so '/..' parses with name '.' and ext '.'.
  fillNameAndExt(parsed, path, start, end, hasDir || !isAbsolute);
  if (hasDir) parsed.dir = path.slice(0, start - 1);
  else if (isAbsolute) parsed.dir = '/';
  return parsed;
}

// --- matchesGlob: *, **, ?, [...] and {a,b}; '*' skips dotfiles ---

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const split = (text) => text.split(windows ? /[\\/]+/ : /\/+/);
  return matchSegments(split(path), 0, split(pattern).map(compileGlobSegment), 0);
}

function matchSegments(parts, p, globs, g) {
  if (g === globs.length) return p === parts.length;
  if (globs[g] === '**') {
    for (let k = p; k <= parts.length; k++) {
      if (matchSegments(parts, k, globs, g + 1)) return true;
      if (k < parts.length && parts[k].startsWith('.')) return false;
    }
    return false;
  }
  return p < parts.length && globs[g].test(parts[p]) && matchSegments(parts, p + 1, globs, g + 1);
}

function compileGlobSegment(segment) {
  if (segment === '**') return '**';
  const source = globToRegExpSource(segment);
  const noDotfiles = segment[0] !== '.' ? '(?!\\.)' : '';
  return new RegExp(`^${noDotfiles}${source}$`);
}

function globToRegExpSource(glob) {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      while (glob[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[' && glob.indexOf(']', i + 2) !== -1) {
      const close = glob.indexOf(']', i + 2);
      let body = glob.slice(i + 1, close);
      if (body[0] === '!') body = `^${body.slice(1)}`;
      source += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) {
      source += '|';
    } else {
      source += char.replace(/[.+^$()|\\\]{}]/g, '\\$&');
    }
  }
  return source + ')'.repeat(braces);
}

const win32 = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: (path, suffix) => basenameOf(path, suffix, isWin32Separator, drivePrefixLength),
  extname: (path) => extnameOf(path, isWin32Separator, drivePrefixLength),
  format: (pathObject) => formatWith('\\', pathObject),
  parse: win32Parse,
  matchesGlob: (path, pattern) => matchesGlob(path, pattern, true),
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

const posix = {
  resolve: posixResolve,
  normalize: posixNormalize,
  isAbsolute: posixIsAbsolute,
  join: posixJoin,
  relative: posixRelative,
  toNamespacedPath: (path) => path,
  dirname: posixDirname,
  basename: (path, suffix) => basenameOf(path, suffix, isPosixSeparator, () => 0),
  extname: (path) => extnameOf(path, isPosixSeparator, () => 0),
  format: (pathObject) => formatWith('/', pathObject),
  parse: posixParse,
  matchesGlob: (path, pattern) => matchesGlob(path, pattern, false),
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
// Legacy alias, deprecated in the docs only (DEP0080).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
