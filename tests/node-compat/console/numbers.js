// Numbers, bigints and their formatting options.
'use strict';
const util = require('util');

console.log([0, -0, 1, -1, 1.5, -2.25, 0.1 + 0.2]);
console.log([1e21, 1e-7, 123456789012, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE]);
console.log([NaN, Infinity, -Infinity]);
console.log([1n, -1n, 2n ** 64n, 0n]);
console.log(-0, 0, 5n, 3.14);
console.log({ int: 42, float: 4.2, big: 42n, negZero: -0 });
console.log(util.inspect(-0));
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(123, { numericSeparator: true }));
console.log(util.inspect(0.0001234, { numericSeparator: true }));
console.log(util.inspect(12345678901234567890n, { numericSeparator: true }));
console.log(util.inspect([1000, 10000, 1e21, NaN], { numericSeparator: true }));
console.log(true, false, [true, false]);
console.log(undefined, null, [undefined, null]);
