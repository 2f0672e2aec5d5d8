// readdir with encoding 'buffer' returns Buffers; other encodings re-encode the names.
const fs = require('fs');
const names = fs.readdirSync('tree', { encoding: 'buffer' });
console.log(names.every(Buffer.isBuffer), names.map((b) => b.toString()).sort().join(' '));
console.log(fs.readdirSync('tree/b/d', 'hex').join(' '));
const dirents = fs.readdirSync('tree/b/d', { encoding: 'buffer', withFileTypes: true });
console.log(Buffer.isBuffer(dirents[0].name), dirents[0].name.toString());
