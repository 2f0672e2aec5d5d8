'use strict';
// `util.types` (also the `util/types` module): what kind of built-in object a
// value is, by its engine class, never by its prototype chain or tag.
//
// Inside the runtime the class checks come from internalBinding('types')
// (src/node/util/types.rs); the module checkers, which load this file under
// real Node without bindings, get brand checks in plain JavaScript instead
// (exact for everything the checkers compare, approximate for promises,
// generator objects and module namespaces). `isExternal` is always false: there
// are no V8 externals here. `isKeyObject`/`isCryptoKey` ask the crypto module.

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagOf = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function fallbackChecks() {
  const getterOf = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
  const brand = (method, ...args) => (value) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      Reflect.apply(method, value, args);
      return true;
    } catch {
      return false;
    }
  };
  const tagIs = (tag) => (value) => {
    if (value === null || typeof value !== 'object') return false;
    try {
      return Object.prototype.toString.call(value) === `[object ${tag}]`;
    } catch {
      return false;
    }
  };
  const protoIs = (proto) => (value) => value !== null && typeof value === 'object' &&
    Object.prototype.isPrototypeOf.call(proto, value);
  const fnProtoIs = (...protos) => (value) => typeof value === 'function' &&
    protos.includes(Object.getPrototypeOf(value));
  const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
  const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
  const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
  const checks = {
    isArgumentsObject: tagIs('Arguments'),
    isNumberObject: brand(Number.prototype.valueOf),
    isStringObject: brand(String.prototype.valueOf),
    isBooleanObject: brand(Boolean.prototype.valueOf),
    isSymbolObject: brand(Symbol.prototype.valueOf),
    isBigIntObject: brand(BigInt.prototype.valueOf),
    isDate: brand(Date.prototype.getTime),
    isRegExp: (value) => value !== RegExp.prototype && brand(getterOf(RegExp.prototype, 'source'))(value),
    isNativeError: tagIs('Error'),
    isMap: brand(getterOf(Map.prototype, 'size')),
    isSet: brand(getterOf(Set.prototype, 'size')),
    isWeakMap: brand(WeakMap.prototype.has, {}),
    isWeakSet: brand(WeakSet.prototype.has, {}),
    isMapIterator: protoIs(Object.getPrototypeOf(new Map().entries())),
    isSetIterator: protoIs(Object.getPrototypeOf(new Set().values())),
    isGeneratorObject: (value) => protoIs(Object.getPrototypeOf(GeneratorFunctionPrototype.prototype))(value) ||
      protoIs(Object.getPrototypeOf(AsyncGeneratorFunctionPrototype.prototype))(value),
    isGeneratorFunction: fnProtoIs(GeneratorFunctionPrototype, AsyncGeneratorFunctionPrototype),
    isAsyncFunction: fnProtoIs(AsyncFunctionPrototype, AsyncGeneratorFunctionPrototype),
    isArrayBuffer: brand(getterOf(ArrayBuffer.prototype, 'byteLength')),
    isSharedArrayBuffer: typeof SharedArrayBuffer === 'function' ?
      brand(getterOf(SharedArrayBuffer.prototype, 'byteLength')) :
      () => false,
    isDataView: brand(getterOf(DataView.prototype, 'buffer')),
    isModuleNamespaceObject: (value) => value !== null && typeof value === 'object' &&
      Object.getPrototypeOf(value) === null && !Object.isExtensible(value) && tagIs('Module')(value),
    isPromise: (value) => value instanceof Promise,
    isProxy: () => false,
  };
  checks.isAnyArrayBuffer = (value) => checks.isArrayBuffer(value) || checks.isSharedArrayBuffer(value);
  checks.isBoxedPrimitive = (value) => checks.isNumberObject(value) || checks.isStringObject(value) ||
    checks.isBooleanObject(value) || checks.isSymbolObject(value) || checks.isBigIntObject(value);
  return checks;
}

const native = typeof internalBinding === 'function' ? internalBinding('types') : fallbackChecks();

// Node's order of keys (its binding's, then the JS ones).
const bindingNames = [
  'isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject', 'isBooleanObject',
  'isDataView', 'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap',
  'isMapIterator', 'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise',
  'isProxy', 'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
  'isSymbolObject', 'isWeakMap', 'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive',
];

const types = {};
for (const name of bindingNames) {
  if (name === 'isExternal') {
    types.isExternal = () => false;
    continue;
  }
  const check = native[name];
  // Like V8's binding functions: no name, arity 0.
  types[name] = { [''](value) { return check(value); } }[''];
  Object.defineProperty(types[name], 'length', { __proto__: null, value: 0 });
}

function isTypedArray(value) {
  return typedArrayTagOf.call(value) !== undefined;
}
types.isArrayBufferView = ArrayBuffer.isView;
types.isTypedArray = isTypedArray;
for (const kind of ['Uint8', 'Uint8Clamped', 'Uint16', 'Uint32', 'Int8', 'Int16', 'Int32',
  'Float16', 'Float32', 'Float64', 'BigInt64', 'BigUint64']) {
  const tag = `${kind}Array`;
  const name = `is${tag}`;
  types[name] = { [name](value) { return typedArrayTagOf.call(value) === tag; } }[name];
}

// Key objects live in the crypto module, which may not be loaded (or exist);
// looked up once.
let cryptoKeys;
function cryptoCheck(name) {
  return function value(object) {
    if (cryptoKeys === undefined) {
      try {
        cryptoKeys = require('internal/crypto/keys');
      } catch {
        cryptoKeys = null;
      }
    }
    return typeof cryptoKeys?.[name] === 'function' ? cryptoKeys[name](object) : false;
  };
}
Object.defineProperties(types, {
  isKeyObject: { __proto__: null, value: cryptoCheck('isKeyObject'), enumerable: true, writable: false, configurable: false },
  isCryptoKey: { __proto__: null, value: cryptoCheck('isCryptoKey'), enumerable: true, writable: false, configurable: false },
});

module.exports = types;
