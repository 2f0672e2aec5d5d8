// The util module's keys in Node's order, and which of them are functions.
'use strict';

const util = require('util');

console.log(Object.keys(util).join(' '));
for (const key of Object.keys(util)) {
  const descriptor = Object.getOwnPropertyDescriptor(util, key);
  console.log(key, typeof util[key], descriptor.enumerable, 'get' in descriptor ? 'accessor' : 'data');
}
console.log(require('util/types') === util.types, require('node:util') === util);
