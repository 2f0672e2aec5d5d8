// maxArrayLength and maxStringLength.
'use strict';
const util = require('util');

console.log(util.inspect('abcdefghij', { maxStringLength: 3 }));
console.log(util.inspect(['abcdefghij', 'kl'], { maxStringLength: 2 }));
console.log(util.inspect({ s: 'x'.repeat(20) }, { maxStringLength: 1 }));
console.log(util.inspect(Array.from({ length: 8 }, (_, i) => i), { maxArrayLength: 4 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }));
console.log(util.inspect(new Uint8Array(3).buffer, { maxArrayLength: 1 }));
console.log(util.inspect(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: null }).split('\n').length);
console.log('y'.repeat(10001).length, util.inspect('y'.repeat(10001)).slice(-30));
