// Copying a file onto itself (or through a link to itself) leaves its contents alone.
const fs = require('fs');
fs.copyFileSync('hello.txt', 'hello.txt');
console.log(JSON.stringify(fs.readFileSync('hello.txt', 'utf8')));
fs.copyFileSync('link-to-hello.txt', 'hello.txt');
console.log(JSON.stringify(fs.readFileSync('hello.txt', 'utf8')));
