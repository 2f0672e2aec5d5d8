// The breakLength option.
'use strict';
const util = require('util');

const value = { alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: [1, 2, 3] };
console.log(util.inspect(value, { breakLength: 20 }));
console.log(util.inspect(value, { breakLength: 60 }));
console.log(util.inspect(value, { breakLength: Infinity }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i * 7), { breakLength: 40 }));
console.log(util.inspect({ text: 'a fairly long string that wraps\nat its newline characters' }, { breakLength: 30 }));
console.log({ almost: 'x'.repeat(50), fits: 'y'.repeat(4) });
console.log({ over: 'x'.repeat(60), limit: 'y'.repeat(10) });
