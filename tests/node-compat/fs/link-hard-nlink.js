// A hard link shares the file: same inode, link count 2, and it survives the original's removal.
const fs = require('fs');
fs.linkSync('hello.txt', 'hard.txt');
const a = fs.statSync('hello.txt');
const b = fs.statSync('hard.txt');
console.log(a.ino === b.ino, a.nlink, b.nlink);
fs.appendFileSync('hard.txt', 'via link\n');
console.log(JSON.stringify(fs.readFileSync('hello.txt', 'utf8')));
fs.unlinkSync('hello.txt');
console.log(fs.statSync('hard.txt').nlink, fs.readFileSync('hard.txt', 'utf8').length);
try {
  fs.linkSync('hard.txt', 'lines.txt');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.linkSync('missing', 'new');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.linkSync('tree', 'tree-link');
} catch (error) {
  console.log(error.code, error.syscall);
}
