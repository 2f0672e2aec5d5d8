// copyFile gives the copy the source's permission bits.
const fs = require('fs');
fs.chmodSync('hello.txt', 0o640);
fs.copyFileSync('hello.txt', 'copy.txt');
console.log((fs.statSync('copy.txt').mode & 0o777).toString(8));
