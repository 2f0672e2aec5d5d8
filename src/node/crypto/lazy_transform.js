'use strict';

// Node's LazyTransform: Hash, Hmac and the ciphers are Transform streams,
// but most code only calls update/digest, so the stream state is built on
// first use of any stream member (its `_readableState`, `_writableState` or
// `_transformState`), not in the constructor. Until then the object is a
// plain instance whose prototype chain already includes Transform's.

const { Transform } = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeGetter(name) {
  return function () {
    Transform.call(this, this._options);
    // The chunks reach update() as written: strings stay strings.
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function (value) {
    Object.defineProperty(this, name, { __proto__: null, value, enumerable: true, configurable: true, writable: true });
  };
}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    get: makeGetter(name),
    set: makeSetter(name),
    configurable: true,
    enumerable: true,
  });
}

module.exports = LazyTransform;
