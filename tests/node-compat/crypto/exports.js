// The shape of require('crypto'): every export Node has, its type and arity; node:crypto is the same object.
'use strict';
const crypto = require('crypto');

console.log(require('node:crypto') === crypto);
console.log(Object.keys(crypto).join(','));
for (const key of Object.keys(crypto)) {
  const descriptor = Object.getOwnPropertyDescriptor(crypto, key);
  const value = crypto[key];
  console.log(key, descriptor.get ? 'getter' : 'value', typeof value, typeof value === 'function' ? value.length : '',
    descriptor.enumerable, descriptor.configurable, descriptor.writable);
}
console.log(Object.getOwnPropertyNames(crypto).filter((key) => !Object.keys(crypto).includes(key)).sort().join(','));
console.log(require('module').builtinModules.includes('crypto'), require('module').isBuiltin('node:crypto'));
console.log(crypto.createHash.name, crypto.createHmac.name, crypto.randomBytes.name, crypto.createCipheriv.name);
console.log(Array.isArray(crypto.getCiphers()), Array.isArray(crypto.getCurves()), typeof crypto.getFips());
