// readdir with withFileTypes gives Dirents with names, parentPath and type predicates.
const fs = require('fs');
const entries = fs.readdirSync('.', { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
for (const entry of entries) {
  console.log(entry.name, entry.parentPath, entry.isFile(), entry.isDirectory(), entry.isSymbolicLink(),
    entry instanceof fs.Dirent);
}
const nested = fs.readdirSync('tree/b', { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
console.log(nested.map((e) => `${e.parentPath}|${e.name}|${e.isDirectory()}`).join(' '));
fs.promises.readdir('tree', { withFileTypes: true }).then((list) => {
  console.log(list.map((e) => e.name).sort().join(' '), list.every((e) => e.parentPath === 'tree'));
});
