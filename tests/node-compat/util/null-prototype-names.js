// An object that loses its prototype chain still prints with the name of
// the constructor that made it, as V8's hidden class remembers it; the ways
// a prototype can change all count. Native functions print on one line.
'use strict';
const util = require('util');

class Foo { toString() { return 'Bar'; } }
class Derived extends Foo {}
function Plain() {}
function Inherits() {}
util.inherits(Inherits, Plain);

const cases = {
  'class, setPrototypeOf': () => Object.setPrototypeOf(new Foo(), null),
  'class with keys': () => Object.setPrototypeOf(Object.assign(new Foo(), { a: 1, b: [1] }), null),
  'derived class': () => Object.setPrototypeOf(new Derived(), null),
  'plain function': () => Object.setPrototypeOf(new Plain(), null),
  'util.inherits': () => Object.setPrototypeOf(new Inherits(), null),
  'Reflect.setPrototypeOf': () => { const o = new Foo(); Reflect.setPrototypeOf(o, null); return o; },
  '__proto__ setter': () => { const o = new Foo(); o.__proto__ = null; return o; },
  'null-prototype parent': () => Object.setPrototypeOf(new Foo(), Object.create(null)),
  'object literal': () => Object.setPrototypeOf({ x: 1 }, null),
  'Object.create(null)': () => Object.create(null),
  'literal __proto__': () => ({ __proto__: null, y: 2 }),
  'array': () => Object.setPrototypeOf([1, 2], null),
  'map': () => Object.setPrototypeOf(new Map([[1, 2]]), null),
  'error': () => Object.setPrototypeOf(new TypeError('boom'), null),
  'with a tag': () => {
    const o = Object.setPrototypeOf(new Foo(), null);
    Object.defineProperty(o, Symbol.toStringTag, { value: 'Tagged' });
    return o;
  },
  'tag equal to the name': () => {
    const o = Object.setPrototypeOf(new Foo(), null);
    Object.defineProperty(o, Symbol.toStringTag, { value: 'Foo' });
    return o;
  },
  'nested': () => ({ inner: Object.setPrototypeOf(new Foo(), null) }),
};

for (const [label, make] of Object.entries(cases)) {
  const value = make();
  console.log(label.padEnd(24), util.inspect(value, { depth: 0 }).split('\n')[0]);
  console.log(' '.repeat(24), util.format('%s', value).split('\n')[0]);
}

// The wrapped functions look as they did.
for (const fn of [Object.setPrototypeOf, Reflect.setPrototypeOf,
  Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set]) {
  console.log(fn.name, fn.length, String(fn));
}
console.log(Object.setPrototypeOf({}, Array.prototype) instanceof Array);
console.log(Reflect.setPrototypeOf(Object.preventExtensions({}), null));
try {
  Object.setPrototypeOf(Object.preventExtensions({}), null);
} catch (err) {
  console.log(err.name);
}

// Native functions, bound functions and classes as Function.prototype.toString gives them.
console.log(String(Math.max));
console.log(String(function named() {}.bind(null)));
console.log(String(class A { m() {} }));
console.log(String(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get));
console.log(util.inspect(Math.max), util.inspect(Object.setPrototypeOf));
