// compact: false puts every entry on its own line.
'use strict';
const util = require('util');

console.log(util.inspect({ a: 1, b: [1, 2], c: { d: 'x' } }, { compact: false }));
console.log(util.inspect([1, 2, 3], { compact: false }));
console.log(util.inspect(new Map([['k', { v: 1 }]]), { compact: false }));
console.log(util.inspect({}, { compact: false }));
console.log(util.inspect({ text: 'a\nb' }, { compact: false }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { compact: false }));
