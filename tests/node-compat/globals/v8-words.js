// Engine limits and messages that code matches on, as V8 has them: symbol
// conversion, the longest string, receivers that are no URL, ArrayBuffer
// look-alikes, encodings given as objects, and the buffer pool that must
// not be transferred.
const assert = require('assert');
const { constants } = require('buffer');

function show(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', typeof value === 'string' ? value.length : value);
  } catch (error) {
    console.log(label, `${error.name}: ${error.message}`, error.code ?? '');
  }
}

show('template symbol', () => `${Symbol('s')}`);
show('concat symbol', () => 'a' + Symbol('s'));
show('String(symbol)', () => String(Symbol('s')));
show('repeat past the limit', () => ' '.repeat(constants.MAX_STRING_LENGTH + 1));
show('doubling past the limit', () => 'ab'.repeat(2 ** 28));
console.log('MAX_STRING_LENGTH', constants.MAX_STRING_LENGTH);

const params = new URLSearchParams('a=1');
for (const [name, fn] of [
  ['append', () => params.append(Symbol(), 'b')],
  ['set value', () => params.set('a', Symbol())],
  ['get', () => params.get(Symbol())],
  ['has', () => params.has(Symbol())],
  ['delete', () => params.delete(Symbol())],
  ['constructor', () => new URLSearchParams(Symbol())],
  ['record key', () => new URLSearchParams({ [Symbol()]: 'x' })],
  ['URL', () => new URL(Symbol())],
  ['canParse', () => URL.canParse(Symbol())],
]) show(`URLSearchParams ${name}`, fn);

for (const name of ['toString', 'toJSON']) show(`URL#${name} on {}`, () => Reflect.apply(URL.prototype[name], {}, []));
for (const name of ['href', 'search', 'origin', 'protocol', 'host', 'searchParams', 'hash']) {
  show(`get URL#${name} on {}`, () => Reflect.get(URL.prototype, name, {}));
}
for (const name of ['href', 'search', 'port', 'pathname']) {
  show(`set URL#${name} on {}`, () => Reflect.set(URL.prototype, name, 'x', {}));
}
for (const name of ['URL', 'URLSearchParams']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, 'value' in descriptor, descriptor.writable, descriptor.enumerable, descriptor.configurable);
}
const enumerable = Object.entries(Object.getOwnPropertyDescriptors(globalThis))
  .filter(([, descriptor]) => descriptor.enumerable).map(([name]) => name).sort();
console.log('enumerable globals', enumerable.join(' '));
const processDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'process');
console.log('process accessor', typeof processDescriptor.get, typeof processDescriptor.set);

function AB() {}
Object.setPrototypeOf(AB, ArrayBuffer);
Object.setPrototypeOf(AB.prototype, ArrayBuffer.prototype);
show('Buffer.from(ArrayBuffer look-alike)', () => Buffer.from(new AB()));
const abc = Buffer.from('abc');
show('toString({ toString })', () => abc.toString({ toString: () => 'hex' }));
show('toString(0)', () => abc.toString(0, 1, 2));

const { port1 } = new MessageChannel();
const pooled = Buffer.from('x');
show('transfer the pool', () => port1.postMessage(pooled, [pooled.buffer]));
show('structuredClone transfer the pool', () => structuredClone(pooled, { transfer: [pooled.buffer] }));
const { isMarkedAsUntransferable, markAsUntransferable } = require('worker_threads');
console.log('pool untransferable', isMarkedAsUntransferable(pooled.buffer), isMarkedAsUntransferable(new ArrayBuffer(1)));
const marked = new ArrayBuffer(4);
markAsUntransferable(marked);
show('transfer a marked buffer', () => structuredClone(marked, { transfer: [marked] }));
port1.close();

// Descriptors Node's built-ins define carry no inherited `get`/`value`.
Object.prototype.get = () => { throw new Error('inherited get'); };
show('assert.fail with a polluted prototype', () => assert.fail('boom'));
show('new EventTarget', () => typeof new EventTarget());
delete Object.prototype.get;

for (const length of [2 ** 53, -1, -0.5, 1.7, Infinity, NaN, '3']) {
  show(`new Uint8Array(${String(length)})`, () => new Uint8Array(length).length);
}
const frozenTarget = [];
show('ownKeys trap leaving out length', () => Reflect.ownKeys(new Proxy(frozenTarget, { ownKeys: () => [] })));
