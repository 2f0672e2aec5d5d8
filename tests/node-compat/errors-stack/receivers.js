// How V8 names a frame from its receiver: `Type.method`, `[as alias]`, a
// plain call's bare name, the type V8 derives for every kind of receiver
// (primitives, proxies, functions and classes, tags, prototypes, objects
// whose prototype was cut), built-in method frames named by their receiver,
// listeners under `Type.emit`, async frames, and getThis/getTypeName/
// getMethodName/isToplevel.
'use strict';

const EventEmitter = require('events');

// Paths go, and so do the positions in Node's own files (ours differ).
const strip = (line) => line.trim().replace(/\(\/\S*\//g, '(').replace(/^at \/\S*\//, 'at ')
  .replace(/\((node:[^:)]+)[:\d]*\)/, '($1)');
function show(label, fn, frames = 1) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (error) {
    console.log(`${label}:`, error.stack.split('\n').slice(1, 1 + frames).map(strip).join(' | '));
  }
}

class Foo {
  m() { throw new Error('m'); }
  FooBar() { throw new Error('FooBar'); }
  Foo() { throw new Error('Foo'); }
  get g() { throw new Error('g'); }
  set g(v) { throw new Error('set g'); }
  static s() { throw new Error('s'); }
}
class Bar extends Foo {}

show('class method', () => new Foo().m());
show('name starting with the type', () => new Foo().FooBar());
show('name equal to the type', () => new Foo().Foo());
show('getter', () => new Foo().g);
show('setter', () => { new Foo().g = 1; });
show('static method', () => Foo.s());
show('inherited method', () => new Bar().m());

const literal = { m() { throw new Error('literal'); } };
show('object literal', () => literal.m());
literal.alias = literal.m;
show('alias, own name found first', () => literal.alias());
const assigned = {};
assigned.f = function () { throw new Error('assigned'); };
show('inferred name', () => assigned.f());
assigned.arrow = () => { throw new Error('arrow'); };
show('arrow property', () => assigned.arrow());
show('found under another key', () => { const f = function () { throw new Error('k'); }; const h = { k: f }; h.k(); });
show('several keys hold it', () => { const f = literal.m; ({ c: f, d: f }).c(); });
show('symbol-named method', () => { const k = Symbol('sym'); ({ [k]() { throw new Error('sym'); } })[k](); });

function Ctor() { this.x = 1; }
Ctor.prototype.run = function () { throw new Error('proto'); };
show('prototype function', () => new Ctor().run());
show('toString through +', () => `${{ toString() { throw new Error('ts'); } }}`);
show('toJSON', () => JSON.stringify({ toJSON() { throw new Error('tj'); } }));
show('bound method', () => { const x = { b() { throw new Error('b'); } }; ({ z: x.b.bind(x) }).z(); });

function plain() { throw new Error('plain'); }
// V8 names a function or class written where a name is assigned after it
// (`const k = [class {}]` makes `k`), even as an array element; these are
// returned instead, and stay nameless.
function nameless() {
  return [function () {}, () => {}, class {}];
}
const [NamelessFunction, namelessArrow, NamelessClass] = nameless();
const receivers = [
  ['none', undefined],
  ['global', globalThis],
  ['object', { x: 1 }],
  ['string', 'str'],
  ['number', 5],
  ['boolean', true],
  ['symbol', Symbol('s')],
  ['bigint', 1n],
  ['null prototype', Object.create(null)],
  ['own tag', { [Symbol.toStringTag]: 'Tagged' }],
  ['tag getter', { get [Symbol.toStringTag]() { return 'G'; } }],
  ['own constructor', { constructor: function Own() {} }],
  ['array', []],
  ['arguments', (function () { return arguments; })()],
  ['named function', function named() {}],
  ['anonymous function', NamelessFunction],
  ['arrow function', namelessArrow],
  ['async function', async function af() {}],
  ['bound function', function bb() {}.bind(null)],
  ['class', Foo],
  ['Map', new Map()],
  ['Proxy', new Proxy({}, {})],
  ['Math', Math],
  ['JSON', JSON],
  ['error', new TypeError('x')],
  ['promise', Promise.resolve()],
  ['buffer', Buffer.alloc(1)],
  ['date', new Date(0)],
  ['regexp', /x/],
  ['process', process],
  ['console', console],
  ['module', module],
  ['exports', exports],
  ['class prototype', Foo.prototype],
  ['function prototype', Ctor.prototype],
  ['instance of a nameless class', new NamelessClass()],
  ['instance of a nameless function', new NamelessFunction()],
  ['prototype cut after construction', Object.setPrototypeOf(new Ctor(), null)],
  ['EventEmitter', new EventEmitter()],
];
function B() {}
function A() {}
B.prototype = new A();
B.prototype.constructor = B;
receivers.push(['prototype made by new A', B.prototype]);
receivers.push(['instance of B', new B()]);
for (const [label, receiver] of receivers) show(`call on ${label}`, () => plain.call(receiver));

const emitter = new (class Server extends EventEmitter {})();
emitter.on('x', function () { throw new Error('listener'); });
show('listener', () => emitter.emit('x'), 2);
emitter.removeAllListeners('x');
emitter.on('x', () => { throw new Error('arrow listener'); });
emitter.on('x', () => {});
show('arrow listener of two', () => emitter.emit('x'), 2);

const thrower = function cb() { throw new Error('cb'); };
show('Array.prototype.forEach', () => [1].forEach(thrower), 2);
show('on a string', () => Array.prototype.forEach.call('ab', thrower), 2);
show('on an array-like', () => Array.prototype.map.call({ length: 1, 0: 1 }, thrower), 2);
show('on a subclass', () => { class A2 extends Array {} A2.from([1]).forEach(thrower); }, 2);
show('Uint8Array', () => new Uint8Array(1).forEach(thrower), 2);
show('Buffer', () => Buffer.alloc(1).forEach(thrower), 2);
show('Map.prototype.forEach', () => new Map([[1, 1]]).forEach(thrower), 2);
show('Array.from', () => Array.from({ length: 1 }, thrower), 2);
show('JSON.parse reviver', () => JSON.parse('[1]', thrower), 2);
show('String.prototype.replace', () => 'a'.replace('a', thrower), 2);
show('new Set', () => new Set({ [Symbol.iterator]: thrower }), 2);

// Async frames carry their function's receiver.
class Service {
  async inner() { await null; throw new Error('async'); }
  async outer() { await this.inner(); }
}
const app = { async run() { await new Service().outer(); } };

// The CallSite API.
function sites(fn, receiver) {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, callSites) => callSites;
  try {
    return fn.call(receiver).stack;
  } finally {
    Error.prepareStackTrace = saved;
  }
}
const makeError = function () { return new Error('sites'); };
const holder = { makeError };
for (const [label, receiver] of [['method', holder], ['plain', undefined], ['string', 'abc']]) {
  const [site] = sites(makeError, receiver);
  console.log(label, {
    typeName: site.getTypeName(),
    methodName: site.getMethodName(),
    functionName: site.getFunctionName(),
    isToplevel: site.isToplevel(),
    thisIsReceiver: site.getThis() === receiver,
    string: strip(site.toString()),
  });
}

// Node's own frames below the first await depend on what ran the job.
app.run().catch((error) => {
  console.log(error.stack.split('\n').filter((line) => !line.includes('(node:')).map(strip).join('\n'));
});

// Node's loop runs the tick queue as a method of process.
process.nextTick(() => console.log('tick:', new Error('tick').stack.split('\n').slice(1, 3).map(strip).join(' | ')));
