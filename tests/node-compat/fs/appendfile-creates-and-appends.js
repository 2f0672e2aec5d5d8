// appendFileSync creates a missing file, appends to an existing one and honours mode and encoding.
const fs = require('fs');
fs.appendFileSync('log.txt', 'a');
fs.appendFileSync('log.txt', Buffer.from('b'));
fs.appendFileSync('log.txt', '63', 'hex');
console.log(JSON.stringify(fs.readFileSync('log.txt', 'utf8')));
fs.appendFileSync('hello.txt', 'more\n');
console.log(JSON.stringify(fs.readFileSync('hello.txt', 'utf8')));
const fd = fs.openSync('log.txt', 'r+');
fs.appendFileSync(fd, 'Z');
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync('log.txt', 'utf8')));
fs.appendFileSync('mode.txt', 'x', { mode: 0o600 });
console.log((fs.statSync('mode.txt').mode & 0o777).toString(8));
