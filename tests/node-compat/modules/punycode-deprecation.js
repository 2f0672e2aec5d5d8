// Requiring punycode from a script (not from node_modules) emits DEP0040 once, after the require returns.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const punycode = require('punycode');
console.log('required', typeof punycode.encode);
require('node:punycode');
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'));
