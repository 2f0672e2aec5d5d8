// The CommonJS wrapper's variables: module, exports, __filename, __dirname, require.main.
const path = require('path');
console.log(path.basename(__filename), path.basename(__dirname), path.isAbsolute(__filename));
console.log(module.id, require.main === module, module.exports === exports, typeof require.resolve);
console.log(path.relative(__dirname, require.resolve('./fixtures/data.json')));
console.log(module.children.length, module.loaded, typeof require.cache[__filename]);
require('./fixtures/counter');
console.log(module.children.length, Object.keys(require.cache).length);
