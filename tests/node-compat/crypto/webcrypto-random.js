// Web Crypto: the global crypto object, getRandomValues' types, limits and errors.
'use strict';
const nodeCrypto = require('crypto');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', Object.prototype.toString.call(value), value?.length);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    console.log('  ', String(error), error instanceof Error, error instanceof TypeError, Object.keys(error).join(','));
  }
}

console.log(typeof crypto, globalThis.crypto === nodeCrypto.webcrypto, Object.prototype.toString.call(crypto));
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof descriptor.get, descriptor.set, descriptor.enumerable, descriptor.configurable);
console.log(Object.keys(globalThis).includes('crypto'));
console.log(crypto === globalThis.crypto, crypto.subtle === nodeCrypto.subtle, crypto.subtle === nodeCrypto.webcrypto.subtle);
console.log(Object.prototype.toString.call(crypto.subtle), typeof Crypto, typeof SubtleCrypto, typeof CryptoKey);
console.log(crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto);
console.log(Object.getOwnPropertyNames(Crypto.prototype).join(','));
console.log(Object.keys(Crypto.prototype).join(','));
console.log(crypto.getRandomValues.name, crypto.getRandomValues.length, nodeCrypto.getRandomValues.length);

for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array]) {
  const array = new Type(8);
  const result = crypto.getRandomValues(array);
  console.log(Type.name, result === array, Object.prototype.toString.call(result));
}
attempt('Float32Array', () => crypto.getRandomValues(new Float32Array(2)));
attempt('Float64Array', () => crypto.getRandomValues(new Float64Array(2)));
attempt('DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
attempt('ArrayBuffer', () => crypto.getRandomValues(new ArrayBuffer(2)));
attempt('Array', () => crypto.getRandomValues([1, 2]));
attempt('null', () => crypto.getRandomValues(null));
attempt('no argument', () => crypto.getRandomValues());
attempt('65536 bytes', () => crypto.getRandomValues(new Uint8Array(65536)));
attempt('65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('16385 words', () => crypto.getRandomValues(new Uint32Array(16385)));
attempt('empty', () => crypto.getRandomValues(new Uint8Array(0)));
attempt('Buffer', () => crypto.getRandomValues(Buffer.alloc(4)));
attempt('unbound', () => {
  const { getRandomValues } = crypto;
  return getRandomValues(new Uint8Array(2));
});
attempt('other this', () => crypto.getRandomValues.call({}, new Uint8Array(2)));
attempt('module export unbound', () => {
  const { getRandomValues } = nodeCrypto;
  return getRandomValues(new Uint8Array(2));
});
attempt('module export float', () => nodeCrypto.getRandomValues(new Float32Array(1)));
attempt('subtle on other this', () => Reflect.get(Crypto.prototype, 'subtle', {}));
attempt('new Crypto', () => new Crypto());
attempt('new SubtleCrypto', () => new SubtleCrypto());
attempt('new CryptoKey', () => new CryptoKey());

// The bytes land in the view, not outside it.
const backing = new Uint8Array(16);
crypto.getRandomValues(new Uint8Array(backing.buffer, 4, 8));
console.log('view only', backing.subarray(0, 4).every((b) => b === 0), backing.subarray(12).every((b) => b === 0));
const dom = (() => {
  try {
    crypto.getRandomValues(new Float32Array(1));
  } catch (error) {
    return error;
  }
})();
console.log(Object.prototype.toString.call(dom), dom.name, dom.code, dom.message, dom instanceof Error);
