// The depth option.
'use strict';
const util = require('util');

const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } }, arr: [[[['x']]]] };
console.log(deep);
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, false, 3));
console.log(util.inspect({ m: new Map([[1, { x: { y: 1 } }]]), s: new Set([[[1]]]) }, { depth: 1 }));
console.log(util.inspect({ a: { b: new Date(0), c: /x/, d: function f() {} } }, { depth: 0 }));
console.log(util.inspect({ a: { b: Object.create(null) } }, { depth: 0 }));
console.log(util.inspect([[1, [2]]], { depth: -1 }));
