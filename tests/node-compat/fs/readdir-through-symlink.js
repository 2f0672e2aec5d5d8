// readdir follows a symlink to a directory; recursive listing without types descends into it.
const fs = require('fs');
console.log(fs.readdirSync('link-to-b').sort().join(' '));
console.log(fs.readdirSync('link-to-b', { withFileTypes: true }).map((d) => `${d.parentPath}:${d.name}`).sort().join(' '));
const all = fs.readdirSync('.', { recursive: true }).sort();
console.log(all.filter((p) => p.startsWith('link-to-b')).join(' '));
const typed = fs.readdirSync('.', { recursive: true, withFileTypes: true });
console.log(typed.filter((d) => d.parentPath.includes('link-to-b')).length);
