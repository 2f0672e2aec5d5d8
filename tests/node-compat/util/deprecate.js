// util.deprecate: one warning per wrapper and per code, constructors, and the wrapper's shape.
'use strict';

const util = require('util');

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

const first = util.deprecate((a, b) => a + b, 'first is deprecated', 'DEP_TEST1');
const second = util.deprecate(() => 'second', 'second shares the code', 'DEP_TEST1');
const noCode = util.deprecate(function named(x) {
  return x;
}, 'no code given');
class Old {
  constructor(v) {
    this.v = v;
  }
}
const DeprecatedOld = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST2');

console.log(first(1, 2), first(3, 4), second(), noCode('x'), noCode('y'));
const instance = new DeprecatedOld(1);
console.log(instance instanceof Old, instance instanceof DeprecatedOld, instance.v);
console.log(first.length, noCode.length, noCode.name, DeprecatedOld.length);
try {
  util.deprecate(() => {}, 'msg', 42);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
setImmediate(() => console.log('done'));
