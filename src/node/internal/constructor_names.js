'use strict';
// The name V8 keeps for the constructor that made an object. V8 remembers it
// in the object's hidden class, and util.inspect falls back on it
// (`internalGetConstructorName`) once the prototype chain no longer names
// one: `Object.setPrototypeOf(new Foo(), null)` prints
// `[Foo: null prototype] {}`. QuickJS keeps no such link. So the three ways
// a program changes a prototype (Object.setPrototypeOf,
// Reflect.setPrototypeOf, the `__proto__` setter) are wrapped here: before
// a change leaves the object without a constructor to find, the name its
// chain gives is recorded.
//
// NODE-DIFF: the name is the chain's `constructor` at that change, not the
// function that ran `new`. The two differ for an object made by
// Object.create(Foo.prototype) (V8: Object), and for one made by `new F`
// whose chain was changed twice (V8: F). Objects whose chain never had a
// constructor (`function F() {}; F.prototype = { __proto__: null }`) give
// Object (V8: F). A chain lost through a prototype object's own change is
// not seen either.

const { isProxy } = internalBinding('types');

// Object -> constructor name, for objects whose chain lost its constructor.
const recorded = new WeakMap();

const FunctionPrototype = Function.prototype;
const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const functionToString = Function.prototype.toString;

// V8 only keeps a constructor that ran with itself as new.target: a class
// that extends another hands that job to its base, and its instances give
// Object. A class is derived when its prototype is another constructor.
function isDerivedClass(fn) {
  if (getPrototypeOf(fn) === FunctionPrototype) return false;
  try {
    return functionToString.call(fn).startsWith('class');
  } catch {
    return false;
  }
}

// The name the chain of `object` gives now, as V8's GetConstructorName
// reads it: the first `constructor` data property above the object itself.
// Proxies are not looked into (a trap would run).
function chainConstructorName(object) {
  let current = object;
  for (let depth = 0; depth < 1000; depth++) {
    if (isProxy(current)) return undefined;
    current = getPrototypeOf(current);
    if (current === null || isProxy(current)) return undefined;
    const descriptor = getOwnPropertyDescriptor(current, 'constructor');
    if (descriptor === undefined || typeof descriptor.value !== 'function') continue;
    const constructor = descriptor.value;
    if (isDerivedClass(constructor)) return undefined;
    const name = getOwnPropertyDescriptor(constructor, 'name')?.value;
    return typeof name === 'string' && name !== '' && name !== 'Object' ? name : undefined;
  }
  return undefined;
}

// Whether `proto` leaves nothing to name the object by: null, or an object
// whose own prototype is null.
function losesConstructor(proto) {
  if (proto === null) return true;
  if ((typeof proto !== 'object' && typeof proto !== 'function') || isProxy(proto)) return false;
  return getPrototypeOf(proto) === null && getOwnPropertyDescriptor(proto, 'constructor') === undefined;
}

function beforeChange(object, proto) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  if (!losesConstructor(proto) || recorded.has(object)) return;
  const name = chainConstructorName(object);
  if (name !== undefined) recorded.set(object, name);
}

// The wrappers are method and accessor literals, so their names and lengths
// are the originals' (`setPrototypeOf`, 2; `set __proto__`, 1), and they
// print as native code like every built-in.
for (const owner of [Object, Reflect]) {
  const original = owner.setPrototypeOf;
  const { setPrototypeOf } = {
    setPrototypeOf(object, proto) {
      beforeChange(object, proto);
      return original(object, proto);
    },
  };
  Object.defineProperty(owner, 'setPrototypeOf', {
    __proto__: null, value: setPrototypeOf, writable: true, configurable: true, enumerable: false,
  });
}

{
  const descriptor = getOwnPropertyDescriptor(Object.prototype, '__proto__');
  const originalSet = descriptor.set;
  const { set } = getOwnPropertyDescriptor({
    set __proto__(proto) {
      beforeChange(this, proto);
      originalSet.call(this, proto);
    },
  }, '__proto__');
  Object.defineProperty(Object.prototype, '__proto__', { __proto__: null, ...descriptor, set });
}

// The recorded name of `object`, or undefined.
function recordedConstructorName(object) {
  return recorded.get(object);
}

module.exports = { recordedConstructorName };
