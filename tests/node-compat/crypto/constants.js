// crypto.constants: Node's values, null prototype, read-only binding on the module.
'use strict';
const crypto = require('crypto');

const { constants } = crypto;
console.log(Object.getPrototypeOf(constants), Object.isFrozen(constants), Object.keys(constants).length);
for (const key of Object.keys(constants)) console.log(key, JSON.stringify(constants[key]));
const descriptor = Object.getOwnPropertyDescriptor(crypto, 'constants');
console.log(descriptor.writable, descriptor.enumerable, descriptor.configurable);
try {
  crypto.constants = {};
} catch (error) {
  console.log(error.name);
}
console.log(crypto.constants === constants);
constants.defaultCipherList = 'HIGH';
console.log(constants.defaultCipherList, constants.defaultCoreCipherList.startsWith('TLS_AES_256_GCM_SHA384'));
