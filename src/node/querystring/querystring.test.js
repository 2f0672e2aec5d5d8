// Compares src/node/querystring/querystring.js with Node's own querystring
// on hand-picked and generated inputs: parse (default and custom separators,
// maxKeys, custom decodeURIComponent), stringify (values of every type,
// arrays, custom encodeURIComponent), escape, unescape and unescapeBuffer.
// Run with `node src/node/querystring/querystring.test.js`; the harness is
// src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const fs = process.getBuiltinModule('fs');
const nodePath = process.getBuiltinModule('path');
const util = process.getBuiltinModule('util');
const nodeQuerystring = process.getBuiltinModule('querystring');

// Ours over Node's buffer (the checker has no buffer binding).
function loadOurs(id, loaded = new Map()) {
  if (loaded.has(id)) return loaded.get(id).exports;
  const module = { exports: {} };
  loaded.set(id, module);
  const source = fs.readFileSync(nodePath.join(checker.srcDir, checker.builtinFiles.get(id)), 'utf8');
  const requireForOurs = (other) => {
    if (other === 'buffer') return process.getBuiltinModule('buffer');
    if (other === 'internal/querystring') return loadOurs(other, loaded);
    return checker.requireBuiltin(other);
  };
  // eslint-disable-next-line no-new-func
  new Function('exports', 'require', 'module', 'internalBinding', source)(module.exports, requireForOurs, module,
    undefined);
  return module.exports;
}
const mine = loadOurs('querystring');

const tally = checker.createTally({ maxReported: 40 });

function outcome(fn) {
  try {
    const value = fn();
    // Buffers compare by their bytes; parse results by their entries.
    if (Buffer.isBuffer(value)) return { buffer: [...value] };
    return { value };
  } catch (error) {
    return { error: { name: error.name, code: error.code } };
  }
}

function check(label, actualFn, expectedFn) {
  tally.compare(label, outcome(actualFn), outcome(expectedFn));
}

const show = (args) => args.map((a) => util.inspect(a)).join(', ');
function checkCall(method, args) {
  check(`${method}(${show(args)})`, () => mine[method](...args), () => nodeQuerystring[method](...args));
}

// --- Hand-picked ---

const texts = ['', 'a', 'a=1', 'a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=a', '=', '&', '&&', 'a&&b', '&a=1&', 'a=1=2',
  'a+b=c+d', 'a%20b=c%20d', '%41=%42', '%zz=%', '%', '%%', '%4', '%41%', 'a=%E2%82%AC', 'a=%FF', 'é=ü', '%C3%A9=x',
  'a=%F0%9F%98%80', '__proto__=1', 'constructor=2&hasOwnProperty=3', 'a[]=1&a[]=2', 'a=1;b=2', 'a:1,b:2',
  '?a=1', 'a=b=c&d', 'x=%2B%26%3D', 'a=1&b&c=', 'é%zz=1', 'a%41%zz=é%', '\ud800=1', 'a=\udc00'];
const separators = [[], ['&', '='], [';', ':'], ['&&', '=='], ['ab', 'cd'], ['', ''], [null, null], [',', ':'],
  ['=', '&'], ['aab', '=']];
for (const text of texts) {
  for (const [sep, eq] of separators) checkCall('parse', [text, sep, eq]);
  checkCall('unescape', [text]);
  checkCall('unescape', [text, true]);
  checkCall('unescapeBuffer', [text]);
  checkCall('unescapeBuffer', [text, true]);
  checkCall('escape', [text]);
}
checkCall('parse', ['a=1&b=2&c=3', null, null, { maxKeys: 2 }]);
checkCall('parse', ['a=1&b=2&c=3', null, null, { maxKeys: 0 }]);
checkCall('parse', ['a=1&b=2&c=3', null, null, { maxKeys: -1 }]);
checkCall('parse', ['a=1&&&b=2&c=3', null, null, { maxKeys: 2 }]);
checkCall('parse', [Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&')]);
check('parse with decodeURIComponent',
  () => mine.parse('a+b=%41+c&x=%zz', null, null, { decodeURIComponent: (s) => `<${s}>` }),
  () => nodeQuerystring.parse('a+b=%41+c&x=%zz', null, null, { decodeURIComponent: (s) => `<${s}>` }));
check('parse with a throwing decodeURIComponent',
  () => mine.parse('a=%41+b', null, null, { decodeURIComponent: () => { throw new Error('no'); } }),
  () => nodeQuerystring.parse('a=%41+b', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
for (const value of [undefined, null, 42, true, 'a=1', ['a=1'], {}]) checkCall('parse', [value]);

const objects = [
  {}, { a: 1 }, { a: 'x y', b: 'é' }, { a: [1, 2, 3] }, { a: [] }, { a: [], b: 1 }, { a: null, b: undefined },
  { a: NaN, b: Infinity, c: -0, d: 1e21, e: -1e21, f: 1.5e-7 }, { a: 10n }, { a: true, b: false },
  { a: {}, b: () => {}, c: Symbol('s') }, { 'a b': 'c&d=e' }, { '': '' }, { '😀': '\u00a0' }, { a: ['x', null, 2] },
  { "!'()*-._~": "!'()*-._~" }, Object.create({ inherited: 1 }), [1, 2], 'string', 42, null,
];
for (const object of objects) {
  checkCall('stringify', [object]);
  checkCall('stringify', [object, ';', ':']);
  checkCall('stringify', [object, '', '']);
  check(`stringify(${show([object])}, custom encode)`,
    () => mine.stringify(object, null, null, { encodeURIComponent: (s) => `[${s}]` }),
    () => nodeQuerystring.stringify(object, null, null, { encodeURIComponent: (s) => `[${s}]` }));
}
for (const value of ['abc', 'a b&c=d', 'é😀', '\ud800', '\ud800x', '\udc00x', 'x\ud800', 42, null, undefined, true,
  { toString: () => 'obj' }, [1, 2], 10n]) {
  checkCall('escape', [value]);
}

// --- Generated ---

const random = checker.seededRandom(20240601);
const pick = (items) => items[Math.floor(random() * items.length)];
const pieces = ['a', 'b', 'é', '😀', '=', '&', '+', '%', '%2', '%20', '%41', '%zz', '%C3', '%A9', '%FF', ';', ':', ' ',
  '\ud800', '==', '&&', 'ab', 'cd', '__proto__'];
for (let i = 0; i < 4000; i++) {
  const text = Array.from({ length: Math.floor(random() * 10) }, () => pick(pieces)).join('');
  const [sep, eq] = pick(separators);
  checkCall('parse', [text, sep, eq]);
  if (i % 4 === 0) {
    checkCall('unescape', [text, random() < 0.5]);
    checkCall('unescapeBuffer', [text, random() < 0.5]);
    checkCall('escape', [text]);
  }
}

tally.finish();
