// Renaming a file onto a hard link of itself succeeds and changes nothing, as POSIX says.
const fs = require('fs');
fs.linkSync('hello.txt', 'same.txt');
fs.renameSync('hello.txt', 'same.txt');
console.log(fs.existsSync('hello.txt'), fs.existsSync('same.txt'), fs.statSync('same.txt').nlink);
fs.renameSync('tree', 'tree');
console.log(fs.readdirSync('tree').length);
