// An open descriptor keeps reading and writing a file after it has been unlinked.
const fs = require('fs');
const fd = fs.openSync('lines.txt', 'r+');
fs.unlinkSync('lines.txt');
console.log(fs.existsSync('lines.txt'));
const buffer = Buffer.alloc(7);
console.log(fs.readSync(fd, buffer, 0, 7, 0), JSON.stringify(buffer.toString()));
fs.writeSync(fd, 'ONE', 0);
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd).nlink);
console.log(JSON.stringify(fs.readFileSync(fd, 'utf8')));
const again = Buffer.alloc(3);
fs.readSync(fd, again, 0, 3, 0);
console.log(again.toString());
fs.closeSync(fd);
