// Recursive readdir with file types gives each Dirent its own parentPath.
const fs = require('fs');
const entries = fs.readdirSync('tree', { recursive: true, withFileTypes: true });
const lines = entries.map((e) => `${e.parentPath} ${e.name} ${e.isDirectory() ? 'dir' : 'file'}`).sort();
console.log(lines.join('\n'));
fs.promises.readdir('tree', { recursive: true, withFileTypes: true }).then((list) => {
  console.log(list.length, list.filter((e) => e.isFile()).length);
});
