// Compares src/node/fs/utils.js (internal/fs/utils) with Node's own
// internal/fs/utils (reached with --expose-internals): open flags, path and
// fd validation, times, Stats and BigIntStats built from the binding's
// array, Dirent types, option parsing and fs.constants.
// Run with `node src/node/fs/utils.test.js`; the harness is src/node/checker.js.
// Known differences from the Node 20 on this machine, where we follow newer
// Node and do not compare: getValidMode's messages (validateInteger's now),
// stringToFlags(-0) (now +0) and bigint positions below -1 (now rejected).
'use strict';

const checker = require('../checker.js');

const fs = process.getBuiltinModule('fs');
const nodePath = process.getBuiltinModule('path');
const util = process.getBuiltinModule('util');

const nodeRequire = checker.exposeInternals();
const nodeUtils = nodeRequire('internal/fs/utils');

// Our utils over Node's buffer, path and internal/url: the checker has no
// buffer or url binding.
function loadMine() {
  const file = nodePath.join(checker.srcDir, checker.builtinFiles.get('internal/fs/utils'));
  const source = fs.readFileSync(file, 'utf8');
  const module = { exports: {} };
  const requireForUtils = (id) => {
    if (id === 'buffer') return process.getBuiltinModule('buffer');
    if (id === 'path') return nodePath;
    // internal/url needs the url binding (Rust); src/node/url/url.test.js
    // checks ours, so Node's own stands in here.
    if (id === 'internal/url') return nodeRequire('internal/url');
    return checker.requireBuiltin(id);
  };
  // eslint-disable-next-line no-new-func
  new Function('exports', 'require', 'module', 'internalBinding', source)(module.exports, requireForUtils, module, undefined);
  return module.exports;
}
const mine = loadMine();

function describe(value) {
  if (value instanceof Error) {
    return { error: { name: value.name, code: value.code, message: value.message } };
  }
  return { value };
}

function outcome(fn) {
  try {
    return describe(fn());
  } catch (error) {
    return describe(error);
  }
}

const tally = checker.createTally();

function check(label, actualFn, expectedFn) {
  tally.compare(label, outcome(actualFn), outcome(expectedFn));
}

const show = (args) => args.map((a) => util.inspect(a, { depth: 1 })).join(', ');

// --- Flags ---
const flagValues = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+', 'a', 'ax', 'xa', 'as',
  'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+', 'rw', 'R', '', ' r', undefined, null, 0, 1, 2, 0o1101, -1, 1.5,
  2 ** 31, true, {}, [], 10n];
for (const value of flagValues) {
  check(`stringToFlags(${show([value])})`, () => mine.stringToFlags(value), () => nodeUtils.stringToFlags(value));
}

// --- Paths, file URLs and fds ---
const url = (pathname, extra = {}) => ({ href: `file://${pathname}`, protocol: 'file:', hostname: '', pathname, ...extra });
const pathValues = ['a', '', '/abs/path', 'a\u0000b', Buffer.from('buf'), Buffer.from([97, 0]), new Uint8Array([98]),
  url('/x/y'), url('/with%20space'), url('/a%2fb'), url('/a%2Fb'), url('/ok', { hostname: 'host' }),
  { href: 'http://x/', protocol: 'http:', hostname: 'x', pathname: '/' }, new URL('file:///real/url'),
  new URL('file:///caf%C3%A9'), 42, null, undefined, true, {}, [], () => {}, Symbol('s'), 'x'.repeat(40)];
for (const value of pathValues) {
  for (const name of [undefined, 'src', 'prefix']) {
    check(`getValidatedPath(${show([value, name])})`,
      () => mine.getValidatedPath(value, name), () => nodeUtils.getValidatedPath(value, name));
  }
}

const fdValues = [0, -0, 1, 3, 2 ** 31 - 1, 2 ** 31, -1, 1.5, NaN, '3', null, undefined, 3n, {}];
for (const value of fdValues) {
  check(`getValidatedFd(${show([value])})`, () => mine.getValidatedFd(value), () => nodeUtils.getValidatedFd(value));
}

// --- Times ---
const timeValues = [0, 1, 1.5, -1, 1e12, '1000', '1000.5', ' 12 ', '', 'soon', new Date(1234567), new Date(NaN),
  NaN, Infinity, null, undefined, {}, 10n, true];
for (const value of timeValues) {
  const expected = () => nodeUtils.toUnixTimestamp(value);
  const actual = () => mine.toUnixTimestamp(value);
  // A negative time means "now": compare that it is now-ish, not the value.
  if (value === -1) {
    tally.record('toUnixTimestamp(-1) is now', Math.abs(actual() - expected()) < 5, () => `${actual()} vs ${expected()}`);
    continue;
  }
  check(`toUnixTimestamp(${show([value])})`, actual, expected);
}

// --- Offsets, lengths, positions ---
for (const [offset, length, size] of [[0, 4, 4], [1, 3, 4], [5, 1, 4], [-1, 1, 4], [0, -1, 4], [0, 5, 4], [2, 2, 4]]) {
  check(`validateOffsetLengthRead(${offset}, ${length}, ${size})`,
    () => mine.validateOffsetLengthRead(offset, length, size), () => nodeUtils.validateOffsetLengthRead(offset, length, size));
  check(`validateOffsetLengthWrite(${offset}, ${length}, ${size})`,
    () => mine.validateOffsetLengthWrite(offset, length, size), () => nodeUtils.validateOffsetLengthWrite(offset, length, size));
}
for (const position of [0, -1, -2, 1.5, 2 ** 53, 5n, -1n, 'x', null, undefined]) {
  check(`validatePosition(${show([position])})`,
    () => mine.validatePosition(position, 'position', 4), () => nodeUtils.validatePosition(position, 'position', 4));
}

// --- Options ---
const optionValues = [undefined, null, 'utf8', 'hex', 'buffer', 'nope', { encoding: 'latin1' }, { encoding: 'nope' },
  { flag: 'a' }, 42, true, () => {}];
for (const value of optionValues) {
  check(`getOptions(${show([value])})`, () => mine.getOptions(value, { flag: 'r' }), () => nodeUtils.getOptions(value, { flag: 'r' }));
}

// --- Stats from the binding's array ---
function statsArray(mode, size, times) {
  const array = new Float64Array(18);
  array.set([2049, mode, 1, 1000, 1000, 0, 4096, 123456, size, Math.ceil(size / 4096) * 8]);
  array.set(times, 10);
  return array;
}
const samples = [
  statsArray(0o100644, 14, [1700000000, 123456789, 1700000001, 999999999, 1700000002, 0, 1600000000, 500000000]),
  statsArray(0o040755, 4096, [0, 0, 0, 0, 0, 0, 0, 0]),
  statsArray(0o120777, 9, [1, 1, 2, 2, 3, 3, 4, 4]),
  statsArray(0o010644, 0, [86400, 5e8, 86400, 5e8, 86400, 5e8, 86400, 5e8]),
  statsArray(0o140755, 0, [10, 0, 20, 0, 30, 0, 40, 0]),
  statsArray(0o020666, 0, [10, 0, 20, 0, 30, 0, 40, 0]),
  statsArray(0o060660, 0, [10, 0, 20, 0, 30, 0, 40, 0]),
];
const predicates = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
function statsShape(stats) {
  const shape = {};
  for (const key of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks', 'atimeMs',
    'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs']) {
    shape[key] = stats[key];
  }
  for (const key of ['atime', 'mtime', 'ctime', 'birthtime']) shape[key] = stats[key].getTime();
  for (const predicate of predicates) shape[predicate] = stats[predicate]();
  return shape;
}
for (const array of samples) {
  const label = `getStatsFromBinding(mode ${array[1].toString(8)})`;
  check(label, () => statsShape(mine.getStatsFromBinding(array)), () => statsShape(nodeUtils.getStatsFromBinding(array)));
  const bigArray = BigInt64Array.from(array, (n) => BigInt(n));
  check(`${label} bigint`, () => statsShape(mine.getStatsFromBinding(array, true)),
    () => statsShape(nodeUtils.getStatsFromBinding(bigArray)));
}
tally.record('fs.Stats.prototype has the predicates', predicates.every((p) => typeof mine.Stats.prototype[p] === 'function'),
  () => 'missing predicate');

// --- Dirent ---
for (let type = 0; type <= 8; type++) {
  const shape = (dirent) => [dirent.name, dirent.parentPath, ...predicates.map((p) => dirent[p]())];
  check(`Dirent type ${type}`, () => shape(new mine.Dirent('n', type, 'dir')), () => shape(new nodeUtils.Dirent('n', type, 'dir')));
}

// --- fs.constants ---
tally.compare('constants', { ...mine.constants }, { ...fs.constants });

tally.finish();
