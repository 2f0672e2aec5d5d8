// readFileSync on a file descriptor reads from the descriptor's current position.
const fs = require('fs');
const fd = fs.openSync('lines.txt', 'r');
const head = Buffer.alloc(4);
fs.readSync(fd, head, 0, 4, null);
console.log(JSON.stringify(head.toString()));
console.log(JSON.stringify(fs.readFileSync(fd, 'utf8')));
console.log(JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
