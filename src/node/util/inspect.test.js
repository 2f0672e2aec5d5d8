// Compares src/node/util/inspect.js with Node's own util.inspect/util.format.
// Run with `node src/node/util/inspect.test.js`; the harness is
// src/node/checker.js. The engine hooks that the runtime may pass as
// `internals` are emulated with Node's internal bindings, which needs
// --expose-internals: the harness restarts the script with that flag.
'use strict';

const checker = require('../checker.js');

const util = process.getBuiltinModule('util');

const { internalBinding } = checker.exposeInternals()('internal/test/binding');
const binding = internalBinding('util');
const promiseStates = ['pending', 'fulfilled', 'rejected'];

const internals = {
  getPromiseState(promise) {
    const [state, result] = binding.getPromiseDetails(promise);
    return { state: promiseStates[state], result };
  },
  getProxyDetails(value) {
    return binding.getProxyDetails(value, true);
  },
  previewEntries(value) {
    if (util.types.isWeakMap(value)) return { entries: binding.previewEntries(value), isKeyValue: true };
    if (util.types.isWeakSet(value)) return { entries: binding.previewEntries(value), isKeyValue: false };
    const [entries, isKeyValue] = binding.previewEntries(value, true);
    return { entries, isKeyValue };
  },
};

function loadInspectModule(hooks) {
  return checker.loadBuiltin('internal/util/inspect', { internals: hooks });
}

const mine = loadInspectModule(internals);
const bare = loadInspectModule(undefined);

// ---------------------------------------------------------------------------
// Reporting.

const tally = checker.createTally({ maxReported: 60 });

function outcome(fn) {
  try {
    return fn();
  } catch (err) {
    return `<throws ${err && err.name}: ${err && err.message}>`;
  }
}

function check(label, actualFn, expectedFn) {
  const expected = outcome(expectedFn);
  const actual = outcome(actualFn);
  tally.record(label, actual === expected,
               () => `  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
}

// ---------------------------------------------------------------------------
// Values. Each entry creates a fresh value so no case depends on another.

function errorWithStack(ErrorClass, message, stack) {
  const err = new ErrorClass(message);
  err.stack = stack;
  return err;
}

function circularObject() {
  const obj = { name: 'root', child: { list: [] } };
  obj.self = obj;
  obj.child.parent = obj;
  obj.child.list.push(obj.child, obj);
  return obj;
}

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

class Point3D extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}

class Tagged {
  constructor() {
    this.value = 1;
  }

  get [Symbol.toStringTag]() {
    return 'TagName';
  }
}

class WithProtoData {
  constructor() {
    this.own = 1;
  }
}
WithProtoData.prototype.inherited = 'from prototype';

class MyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'MyError';
  }
}

class MyArray extends Array {}
class MyMap extends Map {}
class MySet extends Set {}
class MyUint8 extends Uint8Array {}
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class MyPromise extends Promise {}

class WithCustomInspect {
  constructor(label) {
    this.label = label;
  }

  [util.inspect.custom](depth, options, inspect) {
    return `Custom<${inspect(this.label, options)} depth=${depth}>`;
  }
}

function withProps(target, props) {
  return Object.assign(target, props);
}

function namedFunction() {}
async function asyncFunction() {}
function* generatorFunction() {}
async function* asyncGeneratorFunction() {}

const longText = 'The quick brown fox jumps over the lazy dog. '.repeat(3);
const multiLine = 'first line of the text\nsecond line of the text\nthird line, the last one';

const values = [
  // Primitives.
  ['zero', () => 0],
  ['negative zero', () => -0],
  ['float', () => 1.5],
  ['tiny float', () => -1.5e-7],
  ['big float', () => 1e21],
  ['long number', () => 123456789.123456],
  ['integer', () => 1234567890],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['bigint', () => 2n ** 70n],
  ['negative bigint', () => -12345n],
  ['true', () => true],
  ['false', () => false],
  ['undefined', () => undefined],
  ['null', () => null],
  ['symbol', () => Symbol()],
  ['symbol with description', () => Symbol('desc')],
  ['well-known symbol', () => Symbol.iterator],
  ['registered symbol', () => Symbol.for('x y')],
  ['symbol with quote', () => Symbol("it's")],
  ['empty string', () => ''],
  ['string', () => 'hello'],
  ['string with single quote', () => "it's"],
  ['string with both quotes', () => 'it\'s "quoted"'],
  ['string with all quotes', () => 'it\'s "quoted" `too`'],
  ['string with template', () => 'it\'s "quoted" ${x}'],
  ['control characters', () => 'tab\tnl\ncr\rbs\bff\fvt\v'],
  ['more control characters', () => '\x00\x01\x07\x1b\x1f\x7f\x85\x9f\xa0'],
  ['backslash', () => 'back\\slash'],
  ['lone surrogates', () => 'a\ud800b\udc00c'],
  ['surrogate pair', () => 'ok \ud83d\ude00'],
  ['accents', () => 'é à ü'],
  ['cjk string', () => '日本語のテキスト'],
  ['long string', () => longText],
  ['long escaped string', () => `${longText}\n'${'\\'.repeat(20)}\x01`],
  ['multi-line string', () => multiLine],
  ['short multi-line string', () => 'a\nb'],
  ['very long string', () => 'x'.repeat(10050)],
  ['string with trailing newline', () => 'one line that is long enough\n'],

  // Arrays.
  ['empty array', () => []],
  ['number array', () => [1, 2, 3]],
  ['string array', () => ['a', 'b']],
  ['nested arrays', () => [[1, [2, [3, [4, [5]]]]]]],
  ['sparse array', () => [, , 1, , , 2, ,]], // eslint-disable-line no-sparse-arrays
  ['empty slots', () => new Array(5)],
  ['one hole', () => [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['array with props', () => withProps([1, 2], { extra: true, 'odd-key': 2 })],
  ['array with symbol prop', () => withProps([1], { [Symbol('s')]: 'sym' })],
  ['array of 120 ones', () => new Array(120).fill(1)],
  ['array of 101', () => Array.from({ length: 101 }, (_, i) => i)],
  ['grouped numbers', () => Array.from({ length: 26 }, (_, i) => i * 11)],
  ['grouped negatives', () => Array.from({ length: 30 }, (_, i) => (i % 3 ? -i * 101 : i))],
  ['grouped bigints', () => Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n)],
  ['grouped strings', () => Array.from({ length: 40 }, (_, i) => 'x'.repeat(i % 7 + 1))],
  ['grouped words', () => 'the quick brown fox jumps over the lazy dog again and again'.split(' ')],
  ['seven short strings', () => ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
  ['six numbers', () => [1, 2, 3, 4, 5, 6]],
  ['mixed array', () => [1, 'two', { three: 3 }, [4], null, undefined, true]],
  ['array of objects', () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item${i}` }))],
  ['array of long strings', () => Array.from({ length: 10 }, (_, i) => `${'word '.repeat(i)}end`)],
  ['cjk array', () => Array.from({ length: 20 }, (_, i) => '漢字'.repeat(i % 3 + 1))],
  ['emoji array', () => Array.from({ length: 20 }, (_, i) => '😀'.repeat(i % 4 + 1))],
  ['accented array', () => Array.from({ length: 20 }, (_, i) => 'e\u0301'.repeat(i % 4 + 1))],
  ['sparse long array', () => { const a = new Array(200); a[5] = 1; a[150] = 2; return a; }],
  ['sparse array with many items', () => { const a = [1, 2, 3]; a[10] = 4; a.x = 5; return a; }],
  ['array subclass', () => MyArray.from([1, 2])],
  ['null prototype array', () => Object.setPrototypeOf([1, 2], null)],
  ['array in object', () => ({ list: Array.from({ length: 30 }, (_, i) => i) })],
  ['array with undefined', () => [undefined, null]],

  // Objects.
  ['empty object', () => ({})],
  ['simple object', () => ({ a: 1, b: 'two', c: [3] })],
  ['deep object', () => ({ a: { b: { c: { d: { e: 1 } } } } })],
  ['deep arrays', () => ({ a: [[[[1]]]] })],
  ['quoted keys', () => ({ 'a-b': 1, '1a': 2, valid_1: 3, '': 4, "it's": 5, 'new\nline': 6 })],
  ['numeric keys', () => ({ 2: 'two', 1: 'one', 10: 'ten' })],
  ['own __proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}')],
  ['symbol keys', () => ({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 })],
  ['non-enumerable props', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2 })],
  ['non-enumerable symbol', () => Object.defineProperty({}, Symbol('hidden'), { value: 3 })],
  ['accessors', () => ({
    get a() { return 1; },
    set b(v) {},
    get c() { return { nested: true }; },
    set c(v) {},
    get d() { return null; },
    get e() { return 'text'; },
  })],
  ['throwing getter', () => ({ get boom() { throw new Error('nope'); } })],
  ['null prototype object', () => Object.create(null)],
  ['null prototype with props', () => Object.assign(Object.create(null), { a: 1, b: { c: 2 } })],
  ['class instance', () => new Point(1, 2)],
  ['subclass instance', () => new Point3D(1, 2, 3)],
  ['empty class instance', () => new (class Empty {})()],
  ['anonymous class instance', () => new (class {})()],
  ['tagged instance', () => new Tagged()],
  ['own toStringTag', () => ({ [Symbol.toStringTag]: 'Own', a: 1 })],
  ['hidden own toStringTag', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' })],
  ['object with toStringTag only', () => Object.defineProperty({}, Symbol.toStringTag, { value: 'X' })],
  ['prototype data', () => new WithProtoData()],
  ['object without constructor', () => Object.create(Object.create(null))],
  ['object from anonymous prototype', () => Object.create({ inherited: 1 })],
  ['constructor without name', () => { const F = function() {}; Object.defineProperty(F, 'name', { value: '' }); return new F(); }],
  ['long object', () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]))],
  ['object with long values', () => ({ description: longText, list: [1, 2, 3], nested: { deep: { deeper: { deepest: 1 } } } })],
  ['object with functions', () => ({ fn: namedFunction, arrow: () => {}, method() {} })],
  ['object with nested arrays', () => ({ a: [1, 2, [3, 4, [5, [6]]]], b: { c: [{ d: 1 }] } })],
  ['four levels', () => ({ level1: { level2: { level3: { level4: 'deep' } } }, sibling: [1, 2] })],
  ['object with multi-line string', () => ({ text: multiLine, other: 'short' })],
  ['object with long string list', () => ({ items: [longText, longText] })],
  ['wide object', () => ({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddd' })],
  ['object with cjk values', () => ({ first: '日本語のテキスト'.repeat(4), second: '中文'.repeat(10), third: 1 })],
  ['object with many types', () => ({
    num: 1, str: 's', bool: false, nul: null, undef: undefined, sym: Symbol('x'), big: 1n,
    date: new Date(0), re: /re/, arr: [1], map: new Map([[1, 2]]), set: new Set([1]),
  })],
  ['arguments object', () => (function() { return arguments; })(1, 'two')],
  ['empty arguments', () => (function() { return arguments; })()],
  ['Math', () => Math],
  ['JSON', () => JSON],
  ['Object.prototype', () => Object.prototype],
  ['Array.prototype', () => Array.prototype],
  ['frozen object', () => Object.freeze({ a: 1 })],
  ['own constructor property', () => ({ constructor: 'not a function', a: 1 })],
  ['tampered constructor', () => Object.defineProperty(new Point(1, 2), 'constructor', { value: Map })],
  ['prototype getter', () => new (class Getter { get x() { return 1; } })()],
  ['empty collections', () => ({ a: [], b: {}, c: new Map(), d: new Set(), e: new Uint8Array(0) })],
  ['unicode keys', () => ({ café: 1, 日本: 2, 'emoji😀': 3 })],
  ['symbol key with newline', () => ({ [Symbol('a\nb')]: 1 })],
  ['hidden quoted key', () => Object.defineProperty({ 'b-c': 2 }, 'a-b', { value: 1 })],
  ['hidden __proto__ key', () => Object.defineProperty({}, '__proto__', { value: 1 })],
  ['throwing toStringTag', () => new (class T { get [Symbol.toStringTag]() { throw new Error('tag'); } })()],

  // Circular references.
  ['self reference', () => { const a = { x: 1 }; a.self = a; return a; }],
  ['multiple circular', circularObject],
  ['circular array', () => { const a = [1]; a.push(a); return a; }],
  ['two circular targets', () => {
    const a = { name: 'a' };
    const b = { name: 'b', a };
    a.b = b;
    b.self = b;
    return { a, b };
  }],
  ['circular map', () => { const m = new Map(); m.set('self', m); return m; }],
  ['circular set', () => { const s = new Set(); s.add(s); return s; }],
  ['circular in class', () => { const p = new Point(1, 2); p.x = p; return p; }],
  ['shared non-circular', () => { const shared = { s: 1 }; return { a: shared, b: shared }; }],

  // Maps and Sets.
  ['empty map', () => new Map()],
  ['map', () => new Map([[1, { a: 1 }], ['k', [1, 2]]])],
  ['map with object keys', () => new Map([[{ a: 1 }, 'obj'], [[1], 'arr']])],
  ['big map', () => new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`]))],
  ['long map', () => new Map(Array.from({ length: 10 }, (_, i) => [`key number ${i}`, { value: i }]))],
  ['empty set', () => new Set()],
  ['set of strings', () => new Set(['a', 'b', 'c', 'd', 'e'])],
  ['nested sets', () => new Set([new Set([1]), new Set([new Set([2])])])],
  ['big set', () => new Set(Array.from({ length: 105 }, (_, i) => i))],
  ['map subclass', () => new MyMap([[1, 2]])],
  ['set subclass', () => new MySet([1])],
  ['null prototype map', () => Object.setPrototypeOf(new Map([[1, 2]]), null)],
  ['null prototype set', () => Object.setPrototypeOf(new Set([1]), null)],
  // Node 24 names the tag only when the class name does not spell it as a word.
  ['set subclass with a longer word', () => new (class Settings extends Set {})([1])],
  ['set subclass with a following word', () => new (class SetOfThings extends Set {})([1])],
  ['map subclass with a digit', () => new (class Map2 extends Map {})()],
  ['map subclass with a lowercase name', () => new (class mymap extends Map {})()],
  ['map with props', () => withProps(new Map([[1, 2]]), { extra: 'yes' })],
  ['set with props', () => withProps(new Set(), { extra: 'yes' })],
  ['map in object', () => ({ m: new Map([['a', new Map([['b', new Map([['c', 1]])]])]]) })],

  // Typed arrays and buffers.
  ['Uint8Array', () => new Uint8Array([1, 2, 3])],
  ['Float64Array', () => new Float64Array([1.5, -0, NaN, Infinity])],
  ['Float32Array', () => new Float32Array([0.1, 2.5])],
  ['BigInt64Array', () => new BigInt64Array([1n, -2n])],
  ['BigUint64Array', () => new BigUint64Array(3)],
  ['Int16Array long', () => Int16Array.from({ length: 150 }, (_, i) => i * 100 - 7000)],
  ['empty Uint8Array', () => new Uint8Array(0)],
  ['Uint8ClampedArray', () => new Uint8ClampedArray([300, -5])],
  ['typed array subclass', () => new MyUint8(2)],
  ['typed array with props', () => withProps(new Int32Array(2), { tag: 'x' })],
  ['null prototype typed array', () => Object.setPrototypeOf(new Uint16Array([1, 2]), null)],
  ['DataView', () => new DataView(new ArrayBuffer(4), 1, 2)],
  ['ArrayBuffer', () => new Uint8Array([1, 2, 255]).buffer],
  ['empty ArrayBuffer', () => new ArrayBuffer(0)],
  ['big ArrayBuffer', () => new ArrayBuffer(120)],
  ['SharedArrayBuffer', () => new SharedArrayBuffer(4)],
  ['ArrayBuffer with props', () => withProps(new ArrayBuffer(2), { extra: 1 })],
  ['DataView with props', () => withProps(new DataView(new ArrayBuffer(2)), { b: 1, a: 2 })],
  ['detached ArrayBuffer', () => { const buffer = new ArrayBuffer(4); buffer.transfer(); return buffer; }],
  ['detached DataView', () => {
    const buffer = new ArrayBuffer(4);
    const view = new DataView(buffer, 1);
    buffer.transfer();
    return view;
  }],
  ['detached typed array', () => {
    const buffer = new ArrayBuffer(4);
    const view = new Uint8Array(buffer);
    buffer.transfer();
    return view;
  }],
  ['Buffer', () => Buffer.from('hello')],
  ['empty Buffer', () => Buffer.alloc(0)],
  ['long Buffer', () => Buffer.alloc(60, 7)],
  ['Buffer with props', () => withProps(Buffer.from('ab'), { extra: 'x', other: [1, 2] })],
  ['Buffer in object', () => ({ data: Buffer.from([0, 15, 255]) })],

  // Dates and regular expressions.
  ['date', () => new Date(0)],
  ['recent date', () => new Date(Date.UTC(2024, 1, 29, 12, 30, 15, 123))],
  ['invalid date', () => new Date(NaN)],
  ['date with props', () => withProps(new Date(0), { label: 'epoch' })],
  ['date subclass', () => new MyDate(0)],
  ['null prototype date', () => Object.setPrototypeOf(new Date(0), null)],
  ['regexp', () => /a+b/gi],
  ['regexp with slash', () => /\/path\//],
  ['regexp from string', () => new RegExp('a\nb', 'm')],
  ['regexp with props', () => withProps(/x/, { extra: 1 })],
  ['regexp subclass', () => new MyRegExp('x', 'y')],
  ['null prototype regexp', () => Object.setPrototypeOf(/abc/g, null)],
  ['regexps in object', () => ({ a: /a/, b: [/b/g] })],

  // Errors.
  ['error with real stack', () => new Error('real')],
  ['error without frames', () => errorWithStack(Error, 'msg', 'Error: msg')],
  ['type error', () => errorWithStack(TypeError, 'bad type', 'TypeError: bad type')],
  ['error with frames', () => errorWithStack(Error, 'x', 'Error: x\n    at foo (/app/file.js:1:1)\n    at bar (node:internal/modules/cjs/loader:1:1)')],
  ['error with frames in node_modules', () => errorWithStack(Error, 'x', 'Error: x\n    at foo (/app/node_modules/pkg/index.js:1:1)\n    at baz (/app/node_modules/@scope/pkg/index.js:2:2)')],
  ['error with props', () => withProps(errorWithStack(Error, 'with props', 'Error: with props'), { code: 'E_CODE', details: { a: 1 } })],
  ['error with cause', () => {
    const err = new Error('outer', { cause: errorWithStack(Error, 'inner', 'Error: inner') });
    err.stack = 'Error: outer';
    return err;
  }],
  ['error with primitive cause', () => {
    const err = new Error('outer', { cause: 'just a string' });
    err.stack = 'Error: outer';
    return err;
  }],
  ['error with shared cause frames', () => {
    const frames = '\n    at a (/x.js:1:1)\n    at b (/x.js:2:1)\n    at c (/x.js:3:1)\n    at d (/x.js:4:1)\n    at e (/x.js:5:1)';
    const cause = errorWithStack(Error, 'inner', `Error: inner${frames}`);
    const err = new Error('outer', { cause });
    err.stack = `Error: outer\n    at z (/x.js:9:9)${frames}`;
    return err;
  }],
  ['renamed error', () => { const err = errorWithStack(Error, 'm', 'Error: m'); err.name = 'Custom'; return err; }],
  ['error subclass', () => errorWithStack(MyError, 'mine', 'MyError: mine')],
  ['error subclass with base stack', () => errorWithStack(MyError, 'mine', 'Error: mine')],
  ['error with unrelated stack', () => errorWithStack(Error, 'm', 'something else entirely')],
  ['error with empty message', () => errorWithStack(RangeError, '', 'RangeError')],
  ['error with multi-line message', () => errorWithStack(Error, 'line1\nline2', 'Error: line1\nline2')],
  ['error with message not in stack', () => errorWithStack(Error, 'changed', 'Error: original\n    at x (/a.js:1:1)')],
  ['error without stack', () => { const err = new Error('no stack'); err.stack = ''; return err; }],
  ['error with non-string stack', () => { const err = new Error('m'); err.stack = 42; return err; }],
  ['error with object stack', () => { const err = new Error('m'); err.stack = { frames: [1, 2] }; return err; }],
  ['error with throwing stack getter', () => Object.defineProperty(new Error('m'), 'stack', {
    get() { throw new Error('no'); },
  })],
  ['error with throwing message getter', () => Object.defineProperty(errorWithStack(Error, 'm', 'Error: m'), 'message', {
    get() { throw new Error('no'); }, enumerable: true,
  })],
  ['error with throwing errors getter', () => Object.defineProperty(errorWithStack(Error, 'm', 'Error: m'), 'errors', {
    get() { throw new Error('no'); },
  })],
  ['error with numeric name', () => { const err = errorWithStack(Error, 'm', '42: m'); err.name = 42; return err; }],
  ['error with object name', () => withProps(errorWithStack(Error, 'm', 'Error: m'), { name: { a: 1 } })],
  ['error with null name', () => withProps(errorWithStack(TypeError, 'm', 'TypeError: m'), { name: null })],
  ['error with numeric message', () => withProps(errorWithStack(Error, 'm', 'Error: 5\n    at x (/a.js:1:1)'), { message: 5 })],
  ['error with recursive frames', () => errorWithStack(Error, 'deep', `Error: deep\n    at top (/a.js:1:1)${
    '\n    at f (/a.js:2:1)\n    at g (/a.js:3:1)\n    at h (/a.js:4:1)'.repeat(5)}\n    at main (/a.js:9:1)`)],
  ['error with one recursive frame', () => errorWithStack(Error, 'deep', `Error: deep${
    '\n    at f (/a.js:2:1)'.repeat(12)}\n    at main (/a.js:9:1)`)],
  ['null prototype error', () => Object.setPrototypeOf(errorWithStack(Error, 'm', 'Error: m'), null)],
  ['aggregate error', () => {
    const err = new AggregateError([errorWithStack(Error, 'a', 'Error: a'), 'b'], 'many');
    err.stack = 'AggregateError: many';
    return err;
  }],
  ['error in object', () => ({ err: errorWithStack(Error, 'nested', 'Error: nested\n    at f (/a.js:1:1)') })],
  ['error with enumerable name', () => withProps(errorWithStack(Error, 'm', 'Error: m'), { name: 'Error', message: 'm' })],
  ['error with symbol props', () => withProps(errorWithStack(Error, 'm', 'Error: m'), { [Symbol('s')]: 1 })],
  ['error-like object', () => Object.create(Error.prototype)],

  // Functions and classes.
  ['named function', () => namedFunction],
  ['anonymous function', () => function() {}],
  ['arrow function', () => () => {}],
  ['async function', () => asyncFunction],
  ['anonymous async arrow', () => async () => {}],
  ['generator function', () => generatorFunction],
  ['async generator function', () => asyncGeneratorFunction],
  ['class', () => Point],
  ['subclass', () => Point3D],
  ['anonymous class', () => class {}],
  ['class with static props', () => { class S { static count = 1; } return S; }],
  ['class extending null', () => { class N extends null {} return N; }],
  ['class with comments', () => class /* a ( */ Commented /* b */ {}],
  ['function with props', () => withProps(function decorated() {}, { a: 1, b: [2] })],
  ['bound function', () => namedFunction.bind(null)],
  ['null prototype function', () => Object.setPrototypeOf(function orphan() {}, null)],
  ['function with symbol name', () => Object.defineProperty(function f() {}, 'name', { value: Symbol('sym') })],
  ['function with numeric name', () => Object.defineProperty(function f() {}, 'name', { value: 42 })],
  ['function with object name', () => Object.defineProperty(function f() {}, 'name', { value: { a: [1] } })],
  ['function with toStringTag', () => withProps(function tagged() {}, { [Symbol.toStringTag]: 'Tag' })],
  ['builtin function', () => Array.prototype.push],
  ['builtin class', () => Map],
  ['method', () => ({ method() {} }).method],

  // Boxed primitives.
  ['Number object', () => new Number(3)],
  ['negative zero object', () => new Number(-0)],
  ['String object', () => new String('abc')],
  ['String object with props', () => withProps(new String('ab'), { extra: 1 })],
  ['Boolean object', () => new Boolean(false)],
  ['BigInt object', () => Object(1n)],
  ['Symbol object', () => Object(Symbol('boxed'))],
  ['null prototype Number', () => Object.setPrototypeOf(new Number(1), null)],

  // Weak collections, promises, proxies and iterators.
  ['WeakMap', () => new WeakMap([[{}, 1]])],
  ['WeakSet', () => new WeakSet([{}])],
  ['resolved promise', () => Promise.resolve(42)],
  ['rejected promise', () => { const p = Promise.reject(new RangeError('no')); p.catch(() => {}); p.reason = 1; return p; }],
  ['pending promise', () => new Promise(() => {})],
  ['promise with object', () => Promise.resolve({ a: [1, 2] })],
  ['promise with props', () => withProps(Promise.resolve(), { extra: 1 })],
  ['promise subclass', () => MyPromise.resolve(1)],
  ['proxy object', () => new Proxy({ a: 1 }, {})],
  ['proxy array', () => new Proxy([1, 2], {})],
  ['proxy function', () => new Proxy(namedFunction, {})],
  ['revoked proxy', () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }],
  ['proxy with traps', () => new Proxy({ a: 1 }, { get: () => 'trapped' })],
  ['map keys iterator', () => new Map([['a', 1], ['b', 2]]).keys()],
  ['map values iterator', () => new Map([['a', 1], ['b', 2]]).values()],
  ['map entries iterator', () => new Map([['a', 1], ['b', { c: 2 }]]).entries()],
  ['set values iterator', () => new Set([1, 2]).values()],
  ['set entries iterator', () => new Set([1, 2]).entries()],
  ['consumed iterator', () => { const it = new Set([1, 2, 3]).values(); it.next(); return it; }],
  ['array iterator', () => [1, 2][Symbol.iterator]()],
  ['generator object', () => generatorFunction()],

  // Custom inspection.
  ['custom returning string', () => ({ [util.inspect.custom]: () => 'custom!' })],
  ['custom returning object', () => ({ [util.inspect.custom]: () => ({ replaced: true }) })],
  ['custom returning this', () => ({ a: 1, [util.inspect.custom]() { return this; } })],
  ['custom multi-line in object', () => ({ nested: { [util.inspect.custom]: () => 'line 1\nline 2' } })],
  ['custom using inspect', () => ({ list: [new WithCustomInspect('x'), new WithCustomInspect([1, 2])] })],
  ['custom reading depth', () => ({ a: { b: { [util.inspect.custom]: (depth) => `depth ${depth}` } } })],
  ['custom listing options', () => ({ [util.inspect.custom]: (depth, options) => Object.keys(options).join() })],
  ['custom using stylize', () => ({ [util.inspect.custom]: (depth, options) => options.stylize('styled', 'special') })],
  ['custom on null prototype', () => Object.assign(Object.create(null), {
    [util.inspect.custom]: (depth, options) => `${Object.getPrototypeOf(options)} ${typeof options.stylize}`,
  })],
  ['custom on prototype object', () => WithCustomInspect.prototype],
  // Only an own `constructor` marks a prototype object (Node 24).
  ['custom with inherited constructor', () => {
    const parent = { [util.inspect.custom]: () => 'custom!' };
    const child = Object.create(parent);
    parent.constructor = function Owner() {};
    parent.constructor.prototype = child;
    return child;
  }],
  ['custom not a function', () => ({ [util.inspect.custom]: 'not a function' })],
];

// ---------------------------------------------------------------------------
// Options. Every value is inspected with each of these.

const optionSets = [
  undefined,
  {},
  { compact: false },
  { compact: 1 },
  { compact: true },
  { compact: 0 },
  { breakLength: 40 },
  { breakLength: Infinity },
  { depth: 0 },
  { depth: null },
  { depth: 1, compact: false },
  { colors: true },
  { colors: true, compact: false, breakLength: 40 },
  { sorted: true },
  { sorted: (a, b) => b.localeCompare(a) },
  { showHidden: true },
  { showHidden: true, colors: true },
  { maxArrayLength: 2 },
  { maxArrayLength: 0 },
  { maxArrayLength: null },
  { maxStringLength: 4 },
  { numericSeparator: true },
  { getters: true },
  { getters: 'get' },
  { getters: 'set' },
  { customInspect: false },
  { showProxy: true },
  { compact: true, breakLength: 20 },
  { compact: 2, breakLength: 60 },
  { userOption: 'passed through' },
  { stylize: (text, styleType) => `<${styleType}:${text}>` },
];

function describeOptions(options) {
  if (options === undefined) return 'no options';
  return util.inspect(options, { breakLength: Infinity });
}

for (const [label, create] of values) {
  for (const options of optionSets) {
    const args = options === undefined ? [] : [options];
    // One value for both sides: stack traces depend on where it is created.
    const value = create();
    check(`inspect ${label} with ${describeOptions(options)}`,
          () => mine.inspect(value, ...args),
          () => util.inspect(value, ...args));
  }
}

// ---------------------------------------------------------------------------
// Stacks with repeated blocks of frames, which Node 24 folds: generated from
// a few frames so that blocks repeat in many arrangements.

const random = checker.seededRandom(20251123);
const frameNames = ['a', 'b', 'c', 'd', 'e'];
for (let n = 0; n < 400; n++) {
  const frames = [];
  const length = 8 + Math.floor(random() * 40);
  while (frames.length < length) {
    // A block of 1-5 frames, repeated 1-6 times.
    const block = Array.from({ length: 1 + Math.floor(random() * 5) },
                             () => frameNames[Math.floor(random() * frameNames.length)]);
    const repeats = 1 + Math.floor(random() * 6);
    for (let r = 0; r < repeats; r++) frames.push(...block);
  }
  const stack = `Error: frames${frames.map((name) => `\n    at ${name} (/x.js:1:1)`).join('')}`;
  const value = errorWithStack(Error, 'frames', stack);
  check(`inspect error with frames ${frames.join('')}`, () => mine.inspect(value), () => util.inspect(value));
}

// Built-in prototypes are named even when their constructor is removed.
function withoutConstructor(proto, fn) {
  const saved = Object.getOwnPropertyDescriptor(proto, 'constructor');
  delete proto.constructor;
  try {
    return fn();
  } finally {
    Object.defineProperty(proto, 'constructor', saved);
  }
}
const tamperedCases = [
  [Map.prototype, () => new Map([[1, 2]])],
  [Set.prototype, () => new Set([1])],
  [Date.prototype, () => new Date(0)],
  [RegExp.prototype, () => /x/],
  [Error.prototype, () => errorWithStack(Error, 'm', 'Error: m')],
  [TypeError.prototype, () => errorWithStack(TypeError, 'm', 'TypeError: m')],
  [WeakMap.prototype, () => new WeakMap()],
  [Number.prototype, () => new Number(1)],
  [Object.getPrototypeOf(Uint8Array.prototype), () => new Uint8Array(2)],
  [DataView.prototype, () => new DataView(new ArrayBuffer(1))],
];
for (const [proto, create] of tamperedCases) {
  for (const options of [undefined, { showHidden: true }]) {
    const value = create();
    check(`inspect ${util.inspect(value)} without ${util.inspect(proto.constructor)} with ${describeOptions(options)}`,
          () => withoutConstructor(proto, () => mine.inspect(value, options)),
          () => withoutConstructor(proto, () => util.inspect(value, options)));
  }
}

// ---------------------------------------------------------------------------
// Legacy signature, defaults, colors and styles.

const legacyCalls = [
  [{ a: { b: { c: { d: 1 } } } }, true],
  [{ a: { b: { c: { d: 1 } } } }, false, 0],
  [{ a: { b: { c: { d: 1 } } } }, false, null, true],
  [[1, 'a'], false, undefined, true],
  [Object.defineProperty({}, 'x', { value: 1 }), true, 3],
];
for (const args of legacyCalls) {
  check(`legacy inspect(${util.inspect(args, { breakLength: Infinity })})`,
        () => mine.inspect(...args), () => util.inspect(...args));
}

function withDefaults(inspectFn, defaults, fn) {
  const saved = { ...inspectFn.defaultOptions };
  inspectFn.defaultOptions = defaults;
  try {
    return fn();
  } finally {
    inspectFn.defaultOptions = saved;
  }
}

for (const defaults of [{ depth: 0 }, { compact: false }, { breakLength: 20, colors: true }]) {
  const sample = () => ({ a: [1, 2, 3], b: { c: { d: 'text' } } });
  check(`defaultOptions ${util.inspect(defaults)}`,
        () => withDefaults(mine.inspect, defaults, () => mine.inspect(sample())),
        () => withDefaults(util.inspect, defaults, () => util.inspect(sample())));
}
for (const invalid of [null, 5, 'str', [1]]) {
  check(`defaultOptions = ${util.inspect(invalid)}`,
        () => { mine.inspect.defaultOptions = invalid; },
        () => { util.inspect.defaultOptions = invalid; });
}

check('inspect.custom', () => String(mine.inspect.custom), () => String(util.inspect.custom));
check('inspect.defaultOptions', () => util.inspect(mine.inspect.defaultOptions), () => util.inspect(util.inspect.defaultOptions));
check('inspect.length', () => mine.inspect.length, () => util.inspect.length);

function describeTable(table) {
  return Object.getOwnPropertyNames(table).map((key) => `${key}=${table[key]}`).join(' ');
}
check('inspect.colors', () => describeTable(mine.inspect.colors), () => describeTable(util.inspect.colors));
check('inspect.styles', () => describeTable(mine.inspect.styles), () => describeTable(util.inspect.styles));
check('colors prototype', () => Object.getPrototypeOf(mine.inspect.colors), () => Object.getPrototypeOf(util.inspect.colors));

function withStyle(inspectFn, style, color, fn) {
  const saved = inspectFn.styles[style];
  inspectFn.styles[style] = color;
  try {
    return fn();
  } finally {
    inspectFn.styles[style] = saved;
  }
}
for (const [style, color] of [['number', 'red'], ['string', 'bgBlue'], ['name', 'blue'], ['date', 'unknown']]) {
  const sample = () => ({ n: 1, s: 'x', d: new Date(0) });
  check(`styles.${style} = ${color}`,
        () => withStyle(mine.inspect, style, color, () => mine.inspect(sample(), { colors: true })),
        () => withStyle(util.inspect, style, color, () => util.inspect(sample(), { colors: true })));
}

// ---------------------------------------------------------------------------
// format and formatWithOptions.

const circular = circularObject();
const formatCalls = [
  [],
  ['plain'],
  ['%s'],
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 10n],
  ['%s', Symbol('sym')],
  ['%s', null],
  ['%s', undefined],
  ['%s', { a: 1, b: { c: { d: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', { toString() { return 'custom toString'; } }],
  ['%s', new Point(1, 2)],
  ['%s', Object.assign(Object.create({ toString: () => 'inherited' }), { a: 1 })],
  ['%s', { [Symbol.toPrimitive]: () => 'primitive' }],
  ['%s', Object.create(null)],
  ['%s', new Date(0)],
  ['%s', errorWithStack(Error, 'e', 'Error: e')],
  ['%s', namedFunction],
  ['%s', new Map([[1, 2]])],
  ['%s:%s', 'a'],
  ['%d', 42],
  ['%d', '42'],
  ['%d', 1.5],
  ['%d', -0],
  ['%d', 10n],
  ['%d', Symbol('x')],
  ['%d', {}],
  ['%d', '0x10'],
  ['%d', ''],
  ['%i', 42.9],
  ['%i', '42.9abc'],
  ['%i', 10n],
  ['%i', Symbol('x')],
  ['%i', -0.5],
  ['%f', '1.5e3'],
  ['%f', 'abc'],
  ['%f', Symbol('x')],
  ['%f', 10n],
  ['%j', { a: [1, 'two'] }],
  ['%j', circular],
  ['%j', undefined],
  ['%j', 'str'],
  ['%j', { toJSON: () => 'json' }],
  ['%o', { a: [1, 2], f: namedFunction }],
  ['%o', [1, [2, [3, [4, [5, [6]]]]]]],
  ['%o', new Proxy({ a: 1 }, {})],
  ['%O', { a: 1, b: { c: { d: { e: 1 } } } }],
  ['%O', 'string'],
  ['%c styled', 'color: red'],
  ['%%'],
  ['%% %s', 'x'],
  ['100%', 'extra'],
  ['%x unknown', 1],
  ['trailing %'],
  ['a %s b %s c', 1],
  ['%s %s', 'a', 'b', 'c', { d: 1 }],
  ['no placeholders', 1, 'two', { three: 3 }],
  [1, 2, 'three'],
  [{ a: 1 }, '%s', 'x'],
  [null, undefined],
  ['%s%d%i%f%j%o%O%c%%', 's', 1, 2, 3, 4, 5, 6, 7],
  ['%%s', 'x'],
  ['%', 1],
  ['%s', 'multi\nline', 'more'],
  [Symbol('first')],
  ['%s', circular],
];

for (const args of formatCalls) {
  const label = util.inspect(args, { breakLength: Infinity, depth: 1 });
  check(`format(${label})`, () => mine.format(...args), () => util.format(...args));
}

const formatOptionSets = [
  { colors: true },
  { compact: false },
  { numericSeparator: true },
  { depth: 0 },
  { showHidden: true },
  [],
];
const formatWithOptionsCalls = [
  ['%d %i %f', 1234567, 1234567.89, 98765.4321],
  ['%s %s', 12345678, 123456789n],
  ['%o', { a: { b: 1 } }],
  ['%O and', { a: { b: { c: {} } } }, 'rest', 42],
  [{ a: 'b' }, [1, 2]],
  ['%s', { a: 'b' }],
];
for (const options of formatOptionSets) {
  for (const args of formatWithOptionsCalls) {
    const label = util.inspect([options, ...args], { breakLength: Infinity });
    check(`formatWithOptions(${label})`,
          () => mine.formatWithOptions(options, ...args),
          () => util.formatWithOptions(options, ...args));
  }
}
for (const invalid of [null, undefined, 1, 'x', () => {}]) {
  check(`formatWithOptions(${util.inspect(invalid)})`,
        () => mine.formatWithOptions(invalid, 'a'),
        () => util.formatWithOptions(invalid, 'a'));
}

// ---------------------------------------------------------------------------
// stripVTControlCharacters.

const vtSamples = [
  'plain',
  '\u001b[31mred\u001b[39m',
  '\u001b[1;4mbold underline\u001b[0m',
  '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007',
  '\u009b32mcsi\u009b0m',
  '\u001b[2J\u001b[H',
  'not \u001b an escape',
];
for (const sample of vtSamples) {
  check(`stripVTControlCharacters(${JSON.stringify(sample)})`,
        () => mine.stripVTControlCharacters(sample),
        () => util.stripVTControlCharacters(sample));
}
check('stripVTControlCharacters(1)', () => mine.stripVTControlCharacters(1), () => util.stripVTControlCharacters(1));

// ---------------------------------------------------------------------------
// Without engine hooks the contents that need them print as unknown.

const fallbackCases = [
  [Promise.resolve(1), 'Promise { <unknown> }'],
  [new Map([[1, 2]]).entries(), '[Map Iterator] { <items unknown> }'],
  [new Set([1]).values(), '[Set Iterator] { <items unknown> }'],
  [new WeakMap([[{}, 1]]), 'WeakMap { <items unknown> }'],
  [new Proxy({ a: 1 }, {}), '{ a: 1 }'],
  [{ p: Promise.resolve(1) }, '{ p: Promise { <unknown> } }'],
];
for (const [value, expected] of fallbackCases) {
  check(`without internals ${expected}`, () => bare.inspect(value), () => expected);
}
check('without internals, showHidden WeakSet',
      () => bare.inspect(new WeakSet([{}]), { showHidden: true }),
      () => 'WeakSet { <items unknown> }');

tally.finish();
