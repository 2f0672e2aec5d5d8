// opendir with recursive walks into subdirectories, each entry with its own parentPath.
const fs = require('fs');
const dir = fs.opendirSync('tree', { recursive: true });
const seen = [];
let entry;
while ((entry = dir.readSync()) !== null) seen.push(`${entry.parentPath}/${entry.name}`);
dir.closeSync();
console.log(seen.sort().join('\n'));
