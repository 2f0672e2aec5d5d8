// Compares src/node/path/path.js with Node's own `path`, posix and win32,
// on hand-picked cases and on thousands of generated ones.
// Run with `node src/node/path/path.test.js`; the harness is
// src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const nodePath = process.getBuiltinModule('path');
const util = process.getBuiltinModule('util');

const mine = checker.requireBuiltin('path');

const tally = checker.createTally({ maxReported: 40 });

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, message: error.message } };
  }
}

function check(label, actualFn, expectedFn) {
  tally.compare(label, outcome(actualFn), outcome(expectedFn));
}

function checkCall(flavour, method, args) {
  const label = `${flavour}.${method}(${args.map((a) => util.inspect(a)).join(', ')})`;
  check(label, () => mine[flavour][method](...args), () => nodePath[flavour][method](...args));
}

// --- Hand-picked cases ---

const posixPaths = [
  '', '/', '//', '///', '.', '..', '...', './', '../', './/', '/.', '/..', '/...', '//..', '/./', '/../',
  'a', 'a/', 'a//', '/a', '/a/', 'a/b', 'a/b/', '/a/b', '/a/b/', '//a', '//a/b', '///a', 'a//b', 'a///b//',
  'a/./b', 'a/../b', 'a/b/../../..', '../a', '../../a/b', './a', '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c',
  '/foo/bar/baz/asdf/quux.html', '/foo/bar//baz/asdf/quux/..', 'foo/bar/../../../baz', '/x/y/../../../z',
  'file.txt', '/file.txt', 'dir/file.tar.gz', '/dir.d/file', '/dir.d/.file', '.file', '..file', 'file.',
  'file..', '/.git', '/.git/', '.git/config', 'a\\b', 'a\\b\\c.d', 'C:\\foo', 'C:/foo', '/a/b/c/../../../..',
  'a/b/c/./../d', '\u00e9/\u00fc.\u00e4', '/\u{1F600}/x.y', ' ', ' /a', 'a /', '...a', 'a...', '.../...',
];

const win32Paths = [
  '', '\\', '/', '\\\\', '//', '\\\\\\', 'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:.', 'C:..', 'C:\\.', 'C:\\..',
  'C:foo', 'C:foo\\', 'C:\\foo', 'C:\\foo\\', 'C:\\foo\\bar', 'C:/foo/bar', 'C:\\foo\\..\\..\\bar', 'C:foo\\..\\..',
  'c:\\temp\\..\\x', 'C:\\a\\b\\c.txt', 'C:\\a\\b\\.c', 'C:\\a\\b\\..', 'C:..\\a', 'D:\\', 'd:relative\\path',
  '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir',
  '\\\\server\\share\\dir\\file.txt', '//server/share', '//server/share/dir/', '\\\\server\\\\share\\x',
  '\\\\?\\C:\\foo', '\\\\?\\UNC\\server\\share', '\\\\.\\PHYSICALDRIVE0', '\\\\.\\pipe\\name', '\\\\?\\', '\\\\.\\',
  '\\foo', '\\foo\\', '/foo', 'foo', 'foo\\', 'foo\\bar', 'foo/bar', 'foo\\..', 'foo\\..\\..', '..\\foo',
  '.\\foo', 'foo.bar', '.foo', 'foo.', '..', '...', 'CON', 'CON:', 'con:', 'CON:foo', 'COM1:', 'COM1:x',
  'LPT1:\\x', 'AUX:..\\x', 'NUL', 'CONx', 'AUXa', 'COM\u00b9:', 'prn:a', 'a:b', 'a:b:c', 'ab:', 'ab:\\x',
  'foo:bar', 'foo:', ':', '::', 'c:d:', 'file:stream', 'x\\y:z', 'x\\y:', 'foo\\bar:baz\\qux', '\\\\a\\b:c',
  '\\\\.\\CON:\\x', '\\\\?\\aux:', '\\\\.\\a\\con:', 'C:\\Program Files\\app.exe',
  'C:\\a.b\\c', 'C:\\a\\b.', '\\a\\b\\..\\..\\..\\c', '\u0130\\x', 'C:\\\u0130',
];

const suffixes = ['', '.txt', 'txt', '.html', 'x', 'b', 'file.txt', '.', '..', 'a', 'c.txt', '/', '\\', 'xb'];

for (const path of posixPaths) {
  for (const method of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'resolve',
    'toNamespacedPath']) {
    checkCall('posix', method, [path]);
  }
  for (const suffix of suffixes) checkCall('posix', 'basename', [path, suffix]);
  check(`posix.format(parse(${util.inspect(path)}))`,
        () => mine.posix.format(mine.posix.parse(path)), () => nodePath.posix.format(nodePath.posix.parse(path)));
}

for (const path of win32Paths) {
  for (const method of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'resolve',
    'toNamespacedPath']) {
    checkCall('win32', method, [path]);
  }
  for (const suffix of suffixes) checkCall('win32', 'basename', [path, suffix]);
  check(`win32.format(parse(${util.inspect(path)}))`,
        () => mine.win32.format(mine.win32.parse(path)), () => nodePath.win32.format(nodePath.win32.parse(path)));
}

// Pairs for join, resolve and relative.
const posixPairs = [
  ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a', '/b'], ['/a', 'b', '../c'], ['', ''],
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/foo/bar', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar'],
  ['/', '/foo'], ['/foo', '/'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/a/b/c', '/a/b/c'],
  ['/page1/page2/foo', '/'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'], ['a/b', 'a/c'], ['.', '..'],
  ['/', '/'], ['//a', '/a'], ['a', ''], ['', 'a'], ['./', '.'], ['..', '../..'], ['/x/', '/x/y/'],
];
const win32Pairs = [
  ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/', 'c:/aaaa/cccc'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['C:\\foo\\bar', 'C:\\foo'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\', 'C:\\foo'], ['C:\\foo', 'C:\\'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz'], ['c:/a', 'C:/A'], ['\\a\\b', '\\\\a\\b'], ['C:\\\u0130', 'C:\\i\u0307\\x'],
  ['C:\\a\\\u0130x', 'C:\\a\\b'], ['C:\\a', 'C:\\a\\\u0130'], ['//server/share', 'foo'], ['C:', 'D:'], ['C:x', 'C:y'],
  ['\\\\server', 'share'], ['\\\\\\server', 'share'], ['//', '/server/share'], ['c:', 'file'], ['C:\\', '..\\x'],
  ['a', 'b', 'c:\\d'], ['d:\\', 'c:x'], ['C:\\foo', 'D:bar', 'c:baz'], ['\\\\?\\C:\\', '..'], ['CON:', 'x'],
  ['a/b', 'aux:c', 'd/../e'], ['x', 'nul:\\y'], ['x', 'nul\\y'], ['//server', 'com1:'],
];

for (const args of posixPairs) {
  checkCall('posix', 'join', args);
  checkCall('posix', 'resolve', args);
  if (args.length === 2) checkCall('posix', 'relative', args);
}
for (const args of win32Pairs) {
  checkCall('win32', 'join', args);
  checkCall('win32', 'resolve', args);
  if (args.length === 2) checkCall('win32', 'relative', args);
}

// Drive-relative paths use the per-drive cwd Windows keeps in `=C:`.
for (const driveCwd of ['C:\\Users\\me', 'c:\\lower', 'D:\\elsewhere', 'C:', '']) {
  process.env['=C:'] = driveCwd;
  for (const args of [['C:foo'], ['c:foo'], ['C:'], ['C:..\\x'], ['C:\\abs', 'C:rel'], ['D:\\x', 'C:y']]) {
    check(`win32.resolve(${args.map((a) => util.inspect(a)).join(', ')}) with =C: ${util.inspect(driveCwd)}`,
          () => mine.win32.resolve(...args), () => nodePath.win32.resolve(...args));
  }
  check(`win32.relative('C:a', 'C:b') with =C: ${util.inspect(driveCwd)}`,
        () => mine.win32.relative('C:a', 'C:b'), () => nodePath.win32.relative('C:a', 'C:b'));
}
delete process.env['=C:'];

checkCall('posix', 'join', []);
checkCall('win32', 'join', []);
checkCall('posix', 'resolve', []);
checkCall('win32', 'resolve', []);

// Objects for format.
const pathObjects = [
  { root: '/', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' }, { name: 'file', ext: 'txt' }, { dir: 'dir', name: 'x', ext: '..' },
  { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'C:\\', name: 'a' }, {}, { dir: '/' },
  { root: 'x', dir: 'x', base: 'y' }, { ext: '.js' }, { name: '', ext: '' }, { dir: 'a/', base: 'b' },
];
for (const object of pathObjects) {
  checkCall('posix', 'format', [object]);
  checkCall('win32', 'format', [object]);
}

// Argument validation.
const badValues = [null, undefined, 1, true, {}, [], () => {}, Symbol('s'), 10n];
for (const flavour of ['posix', 'win32']) {
  for (const bad of badValues) {
    for (const method of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      checkCall(flavour, method, [bad]);
    }
    checkCall(flavour, 'basename', ['a.js', bad]);
    checkCall(flavour, 'basename', [bad, bad]);
    checkCall(flavour, 'join', ['a', bad]);
    checkCall(flavour, 'resolve', ['a', bad]);
    checkCall(flavour, 'resolve', [bad, '/abs']);
    checkCall(flavour, 'relative', [bad, 'a']);
    checkCall(flavour, 'relative', ['a', bad]);
    checkCall(flavour, 'format', [bad]);
    checkCall(flavour, 'toNamespacedPath', [bad]);
  }
}

check('sep/delimiter', () => [mine.sep, mine.delimiter, mine.win32.sep, mine.win32.delimiter],
      () => [nodePath.sep, nodePath.delimiter, nodePath.win32.sep, nodePath.win32.delimiter]);
check('cross references', () => [mine.posix === mine, mine.win32.posix === mine, mine.win32.win32 === mine.win32,
  mine._makeLong === mine.toNamespacedPath, mine.win32._makeLong === mine.win32.toNamespacedPath],
() => [true, true, true, true, true]);
check('exported keys', () => Object.keys(mine).sort(), () => Object.keys(nodePath).sort());

// matchesGlob: the common pattern forms (stable in Node 24: no warning to silence).
const globCases = [
  ['a/b.js', '**/*.js'], ['a/b.ts', '**/*.js'], ['b.js', '*.js'], ['a/b.js', '*.js'], ['.hidden.js', '*.js'],
  ['a/.hidden/b.js', '**/*.js'], ['src/x/y/z.js', 'src/**/*.js'], ['src/z.js', 'src/**/*.js'], ['abc', 'a?c'],
  ['abbc', 'a?c'], ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['b', '[abc]'],
  ['d', '[abc]'], ['d', '[!abc]'], ['x/y', 'x/*'], ['x/y/z', 'x/*'], ['x/y/z', 'x/**'], ['foo', 'foo'],
  ['foo', 'bar'], ['a/b/c', 'a/*/c'], ['a/b/c', '*/b/*'], ['file.test.js', '*.test.js'], ['a.b', 'a.b'],
  ['a+b', 'a+b'], ['a(b)', 'a(b)'], ['dir/file', 'dir/fi*'], ['.git', '.*'], ['a/.b', 'a/.*'],
];
for (const args of globCases) {
  checkCall('posix', 'matchesGlob', args);
  checkCall('win32', 'matchesGlob', [args[0].replace(/\//g, '\\'), args[1]]);
}
checkCall('posix', 'matchesGlob', [1, '*']);
checkCall('posix', 'matchesGlob', ['a', null]);

// --- Generated cases ---

const random = checker.seededRandom(20240611);
const pick = (items) => items[Math.floor(random() * items.length)];

const posixTokens = ['a', 'b', 'foo', '.', '..', '...', '/', '//', '.js', 'x.y', '.z', 'ab.', ' ', '\\', 'c:'];
const win32Tokens = [
  'a', 'b', 'foo', '.', '..', '...', '\\', '/', '\\\\', '//', 'C:', 'c:', 'd:', ':', 'CON', 'con:', 'COM1',
  'LPT\u00b9', 'aux', 'x.y', '.z', '?', '\\\\?\\', '\\\\.\\', 'UNC', 'server', 'share', '\u0130', ' ',
];

function randomPath(tokens) {
  let path = '';
  const count = Math.floor(random() * 7);
  for (let i = 0; i < count; i++) path += pick(tokens);
  return path;
}

const kGenerated = 3000;
for (const [flavour, tokens] of [['posix', posixTokens], ['win32', win32Tokens]]) {
  for (let n = 0; n < kGenerated; n++) {
    const path = randomPath(tokens);
    for (const method of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
      checkCall(flavour, method, [path]);
    }
    checkCall(flavour, 'basename', [path, randomPath(tokens)]);
    checkCall(flavour, 'join', [path, randomPath(tokens), randomPath(tokens)]);
    checkCall(flavour, 'resolve', [randomPath(tokens), path]);
    checkCall(flavour, 'relative', [path, randomPath(tokens)]);
  }
}

tally.finish();
