// The sorted option.
'use strict';
const util = require('util');

const value = { zebra: 1, apple: 2, mango: { delta: 1, alpha: 2 } };
console.log(util.inspect(value, { sorted: true }));
console.log(util.inspect(value, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
console.log(util.inspect(new Set(['c', 'a', 'b']), { sorted: true }));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(Object.assign([3, 1, 2], { b: 1, a: 2 }), { sorted: true }));
