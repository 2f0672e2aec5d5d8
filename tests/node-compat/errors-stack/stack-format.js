// err.stack in V8's text: the `Name: message` header by Error.prototype.toString's
// rules, then one `    at` line per user frame (named, anonymous, `new`, the
// module body as `Object.<anonymous>`, built-ins such as `Array.map (<anonymous>)`).
'use strict';

// The header and the frames in this file, paths relative to it.
function userStack(error) {
  const lines = String(error.stack).split('\n');
  const frames = lines.filter((line) => line.startsWith('    at ') && (line.includes(__filename) || line.endsWith('(<anonymous>)')));
  const header = lines.slice(0, lines.findIndex((line) => line.startsWith('    at ')));
  return [...header, ...frames].join('\n').split(`${__dirname}/`).join('');
}

function show(label, error) {
  console.log(`--- ${label}`);
  console.log(userStack(error));
}

function named() {
  return new Error('from a named function');
}
show('named function', named());

function makeArrow() {
  return () => new Error('from an arrow');
}
show('anonymous arrow', makeArrow()());

class Widget {
  constructor() {
    this.error = new TypeError('in a constructor');
  }
}
show('constructor', new Widget().error);

function outer() {
  return middle(1, 2);
}
function middle(a, b) {
  return inner(a + b);
}
function inner(value) {
  return new RangeError(`value ${value}`);
}
show('nested calls with arguments', outer());

show('callback of a built-in', [1].map(function (x) {
  return new Error(`mapped ${x}`);
})[0]);

show('module body', new Error('at top level'));

const headers = [
  ['no message', new Error()],
  ['empty message', new Error('')],
  ['empty name', Object.assign(new Error('only message'), { name: '' })],
  ['undefined name', Object.assign(new Error('x'), { name: undefined })],
  ['number name', Object.assign(new Error('x'), { name: 5 })],
  ['object message', Object.assign(new Error(), { message: { toString: () => 'from toString' } })],
  ['changed before reading', Object.assign(new Error('original'), { name: 'Renamed', message: 'changed' })],
  ['SyntaxError', new SyntaxError('bad')],
  ['AggregateError', new AggregateError([1], 'several')],
];
for (const [label, error] of headers) console.log(`${label}: ${JSON.stringify(error.stack.split('\n')[0])}`);

const read = new Error('read once');
const first = read.stack.split('\n')[0];
read.message = 'changed after';
console.log('cached after first read:', read.stack.split('\n')[0] === first);

const e = new Error('descriptor');
const descriptor = Object.getOwnPropertyDescriptor(e, 'stack');
console.log('own accessor:', typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
console.log('accessor names:', JSON.stringify(descriptor.get.name), JSON.stringify(descriptor.set.name));
console.log('shared accessor:', descriptor.get === Object.getOwnPropertyDescriptor(new Error(), 'stack').get);
console.log('getter on another error:', descriptor.get.call(new Error('other')).split('\n')[0], descriptor.get.call(5));
e.stack = 'replaced';
console.log('after set:', e.stack, typeof Object.getOwnPropertyDescriptor(e, 'stack').get);
console.log('not on prototype chain object:', Object.create(Error.prototype).stack === undefined || 'has');

// The stack is taken where the error is made, not where it is thrown again.
function makeEarly() {
  return new Error('made early');
}
function rethrow(error) {
  try {
    throw error;
  } catch (caught) {
    throw caught;
  }
}
try {
  rethrow(makeEarly());
} catch (error) {
  show('thrown elsewhere', error);
}
try {
  throw { notAnError: true };
} catch (thrown) {
  console.log('thrown object gets no stack:', Object.hasOwn(thrown, 'stack'), thrown.stack);
}
