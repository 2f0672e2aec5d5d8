// writeFile's mode applies when it creates the file, not to a file that exists.
const fs = require('fs');
const mode = (file) => (fs.statSync(file).mode & 0o777).toString(8);
fs.writeFileSync('created.txt', 'x', { mode: 0o600 });
console.log(mode('created.txt'));
fs.writeFileSync('created.txt', 'y', { mode: 0o644 });
console.log(mode('created.txt'), fs.readFileSync('created.txt', 'utf8'));
fs.writeFileSync('hello.txt', 'z', { mode: 0o600 });
console.log(mode('hello.txt'));
fs.writeFileSync('wide.txt', 'x', { mode: 0o777 });
console.log(mode('wide.txt'));
fs.writeFileSync('string-mode.txt', 'x', { mode: '640' });
console.log(mode('string-mode.txt'));
