// readdir follows a symlink to a directory; recursive listing without types descends into it, and (Node 24) so do
// readdirSync and callback readdir with types, but not fs.promises.readdir.
const fs = require('fs');
console.log(fs.readdirSync('link-to-b').sort().join(' '));
console.log(fs.readdirSync('link-to-b', { withFileTypes: true }).map((d) => `${d.parentPath}:${d.name}`).sort().join(' '));
const all = fs.readdirSync('.', { recursive: true }).sort();
console.log(all.filter((p) => p.startsWith('link-to-b')).join(' '));
const typed = fs.readdirSync('.', { recursive: true, withFileTypes: true });
console.log(typed.filter((d) => d.parentPath.includes('link-to-b')).length);
// Node 24: callback readdir descends like readdirSync; fs.promises.readdir does not for Dirents.
fs.readdir('.', { recursive: true, withFileTypes: true }, (err, dirents) => {
  console.log('callback', err, dirents.filter((d) => d.parentPath.includes('link-to-b')).length);
  fs.promises.readdir('.', { recursive: true, withFileTypes: true }).then((list) => {
    console.log('promise', list.filter((d) => d.parentPath.includes('link-to-b')).length);
  });
});
