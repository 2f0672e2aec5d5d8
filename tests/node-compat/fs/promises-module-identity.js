// fs.promises is the fs/promises module; both are reachable with the node: prefix.
const fs = require('fs');
console.log(fs.promises === require('fs/promises'), require('node:fs') === fs, require('node:fs/promises') === fs.promises);
console.log(Object.keys(require('fs/promises')).filter((k) => k !== 'glob').sort().join(' '));
console.log(['readFileSync', 'createReadStream', 'watch', 'opendir', 'Dirent', 'Stats'].map((k) => typeof fs[k]).join(' '));
