// os.constants: Linux's signal, errno, priority and dlopen numbers, with null prototypes and read-only entries.
'use strict';
const os = require('os');

for (const [group, values] of Object.entries(os.constants)) {
  if (typeof values === 'number') {
    console.log(group, values);
    continue;
  }
  console.log(group, Object.getPrototypeOf(values) === null, JSON.stringify(values));
}
const signal = Object.getOwnPropertyDescriptor(os.constants.signals, 'SIGTERM');
console.log('SIGTERM', signal.value, signal.writable, signal.enumerable, signal.configurable);
const group = Object.getOwnPropertyDescriptor(os.constants, 'signals');
console.log('signals group', group.writable, group.enumerable, group.configurable);
const constants = Object.getOwnPropertyDescriptor(os, 'constants');
console.log('os.constants', constants.writable, constants.enumerable, constants.configurable);
console.log(os.constants === require('node:os').constants);
