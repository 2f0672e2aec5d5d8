// structuredClone: what clones and how (types, cycles, errors, transfer) and the DataCloneError of what does not.
const util = require('util');
const log = (...args) => console.log(...args);
const show = (label, fn) => {
  try {
    log(label, util.inspect(fn(), { depth: 4, breakLength: 120 }));
  } catch (error) {
    log(label, 'throws', error?.constructor?.name, error?.name, error?.code, JSON.stringify(error?.message));
  }
};

show('function', () => structuredClone(function foo() { return 1; }));
show('arrow', () => structuredClone(() => {}));
show('class', () => structuredClone(class A {}));
show('symbol', () => structuredClone(Symbol('x')));
show('method inside', () => structuredClone({ a: 1, f() {} }));
show('native function inside', () => structuredClone({ a: { b: [1, Math.max] } }));
show('bound function', () => structuredClone((function f() {}).bind(null)));
show('promise', () => structuredClone(Promise.resolve()));
show('WeakMap', () => structuredClone(new WeakMap()));
show('WeakSet', () => structuredClone(new WeakSet()));
show('WeakRef', () => structuredClone(new WeakRef({})));
show('proxy', () => structuredClone(new Proxy({ a: 1 }, {})));
show('proxy of function', () => structuredClone(new Proxy(() => {}, {})));
show('arguments', () => (function () { return structuredClone(arguments); })(1, 2));
show('Map iterator', () => structuredClone(new Map().entries()));
show('generator', () => structuredClone((function* () {})()));
show('globalThis', () => structuredClone(globalThis));
show('boxed symbol', () => structuredClone(Object(Symbol.iterator)));
show('URL', () => structuredClone(new URL('http://example.com/')));
show('URLSearchParams', () => structuredClone(new URLSearchParams('a=1')));

show('getter is read', () => structuredClone({ get x() { return 5; } }));
show('getter throws', () => structuredClone({ get x() { throw new Error('from getter'); } }));
show('class instance', () => structuredClone(new (class P { constructor() { this.a = 1; } get b() { return 2; } })()));
show('symbol keys and hidden props', () => {
  const object = { [Symbol('s')]: 1, visible: 2 };
  Object.defineProperty(object, 'hidden', { value: 3, enumerable: false });
  return structuredClone(object);
});
show('prototype is not kept', () => structuredClone(Object.create({ inherited: 1 })));
show('null prototype', () => Object.getPrototypeOf(structuredClone(Object.assign(Object.create(null), { a: 1 }))) === Object.prototype);
show('Math and JSON', () => [structuredClone(Math), structuredClone(JSON)]);
show('primitives', () => structuredClone([1, 'two', true, null, undefined, 10n, NaN, -Infinity]));
show('negative zero', () => Object.is(structuredClone(-0), -0));
show('boxed', () => structuredClone([Object(1), Object('s'), Object(true), Object(1n)]));
show('Number subclass', () => structuredClone(new (class N extends Number {})(3)));
show('Date', () => structuredClone(new Date(0)).toISOString());
show('RegExp loses lastIndex', () => {
  const re = /a+/gi;
  re.lastIndex = 3;
  const copy = structuredClone(re);
  return [copy, copy.lastIndex, copy !== re];
});
show('Map and Set', () => structuredClone(new Map([[{ k: 1 }, new Set([1, 2])]])));
show('Map subclass', () => {
  const copy = structuredClone(new (class M extends Map {})([[1, 2]]));
  return [copy, copy.constructor.name];
});
show('Array subclass', () => {
  const copy = structuredClone(new (class A extends Array {})(1, 2));
  return [copy, copy.constructor.name];
});
show('sparse array', () => {
  const array = [1, , 3];
  array.extra = 'y';
  array.length = 5;
  const copy = structuredClone(array);
  return [copy, copy.length, 1 in copy];
});
show('cycles', () => {
  const object = { name: 'o' };
  object.self = object;
  object.list = [object];
  const copy = structuredClone(object);
  return [copy.self === copy, copy.list[0] === copy, copy !== object];
});
show('shared references', () => {
  const shared = {};
  const copy = structuredClone([shared, shared, { shared }]);
  return [copy[0] === copy[1], copy[2].shared === copy[0]];
});
show('typed arrays share their cloned buffer', () => {
  const buffer = new ArrayBuffer(8);
  const copy = structuredClone({ u8: new Uint8Array(buffer, 2, 3), view: new DataView(buffer, 1), f64: new Float64Array(1), buffer });
  return [copy.u8.length, copy.u8.byteOffset, copy.view.byteOffset, copy.u8.buffer === copy.buffer, copy.view.buffer === copy.buffer,
    copy.buffer !== buffer, copy.f64.constructor.name];
});
show('Buffer comes back a Uint8Array', () => {
  const copy = structuredClone(Buffer.from('hi'));
  return [copy, copy.constructor.name];
});
show('resizable ArrayBuffer', () => {
  const copy = structuredClone(new ArrayBuffer(2, { maxByteLength: 8 }));
  return [copy.resizable, copy.maxByteLength, copy.byteLength];
});
show('errors', () => {
  const error = new RangeError('r', { cause: 'c' });
  error.extra = 1;
  const copy = structuredClone(error);
  return [copy instanceof RangeError, copy.name, copy.message, copy.cause, copy.extra, copy.stack === error.stack,
    Object.getOwnPropertyNames(copy)];
});
show('error with a custom name', () => {
  const error = new Error('m');
  error.name = 'MyError';
  const copy = structuredClone(error);
  return [copy.name, copy.constructor.name, Object.getOwnPropertyNames(copy)];
});
show('error subclass', () => {
  class Custom extends TypeError {}
  const copy = structuredClone(new Custom('x'));
  return [copy.name, copy.constructor.name, copy instanceof Custom];
});
show('error message that is not a string', () => {
  const error = new Error();
  error.message = 5;
  return structuredClone(error).message;
});
show('AggregateError', () => {
  const copy = structuredClone(new AggregateError([1], 'agg'));
  return [copy.name, copy.constructor.name, copy.errors];
});
show('DOMException', () => {
  const copy = structuredClone(new DOMException('m', 'AbortError'));
  return [copy instanceof DOMException, copy.name, copy.message, copy.code];
});
show('EventTarget and AbortSignal are plain objects', () => [structuredClone(new EventTarget()), structuredClone(AbortSignal.abort())]);

show('transfer', () => {
  const buffer = new ArrayBuffer(4);
  new Uint8Array(buffer)[0] = 7;
  const copy = structuredClone({ view: new Uint8Array(buffer) }, { transfer: [buffer] });
  return [buffer.byteLength, buffer.detached, copy.view.buffer.byteLength, copy.view[0]];
});
show('transfer from a Set', () => {
  const buffer = new ArrayBuffer(1);
  structuredClone(buffer, { transfer: new Set([buffer]) });
  return buffer.detached;
});
show('transferred but not in the value', () => {
  const buffer = new ArrayBuffer(3);
  structuredClone(1, { transfer: [buffer] });
  return buffer.detached;
});
show('nothing moves when the clone fails', () => {
  const buffer = new ArrayBuffer(3);
  try {
    structuredClone({ buffer, f() {} }, { transfer: [buffer] });
  } catch {}
  return buffer.detached;
});
show('transfer twice', () => {
  const buffer = new ArrayBuffer(4);
  return structuredClone(buffer, { transfer: [buffer, buffer] });
});
show('transfer a plain object', () => structuredClone(1, { transfer: [{}] }));
show('transfer a typed array', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
show('transfer a detached buffer', () => {
  const buffer = new ArrayBuffer(4);
  structuredClone(buffer, { transfer: [buffer] });
  return structuredClone(1, { transfer: [buffer] });
});
show('clone a detached buffer', () => {
  const buffer = new ArrayBuffer(4);
  structuredClone(buffer, { transfer: [buffer] });
  return structuredClone(buffer);
});
show('transfer is not iterable', () => structuredClone(1, { transfer: 5 }));
show('transfer is a string', () => structuredClone(1, { transfer: 'ab' }));
show('options is a number', () => structuredClone(1, 5));
show('options null', () => structuredClone(1, null));
show('no arguments', () => structuredClone());
show('undefined', () => structuredClone(undefined));
log('enumerable global', Object.keys(globalThis).includes('structuredClone'), structuredClone.name, structuredClone.length);
