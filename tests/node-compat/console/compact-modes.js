// compact: true and numeric compact levels.
'use strict';
const util = require('util');

const value = { a: { b: { c: { d: 1 } } }, list: [1, 2, 3], text: 'some text here' };
console.log(util.inspect(value, { compact: true }));
console.log(util.inspect(value, { compact: 1 }));
console.log(util.inspect(value, { compact: 2 }));
console.log(util.inspect(value, { compact: 3 }));
const wide = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`property${i}`, `value number ${i}`]));
console.log(util.inspect(wide, { compact: true }));
console.log(util.inspect({ set: new Set(['a', 'b']), text: 'x'.repeat(90) }, { compact: true }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
