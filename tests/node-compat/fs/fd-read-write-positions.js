// read and write on a descriptor: explicit positions leave the file position alone, null uses and moves it.
const fs = require('fs');
const fd = fs.openSync('rw.txt', 'w+');
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, Buffer.from('HELLO'), 0, 5, 0));
console.log(fs.writeSync(fd, '!!'));
const buffer = Buffer.alloc(20);
console.log(fs.readSync(fd, buffer, 0, 20, 0), JSON.stringify(buffer.toString('utf8', 0, 13)));
console.log(fs.readSync(fd, buffer, 0, 20, null));
console.log(fs.writeSync(fd, 'xyz', 20));
console.log(fs.fstatSync(fd).size, fs.readFileSync('rw.txt').toString('hex').slice(26, 40));
const small = Buffer.alloc(4);
console.log(fs.readSync(fd, small, { position: 6 }), small.toString());
console.log(fs.readSync(fd, small, 1, 2, 0), JSON.stringify(small.toString()));
console.log(fs.writeSync(fd, Buffer.from('abcdef'), { offset: 2, length: 3, position: 0 }));
console.log(fs.writeSync(fd, 'ZZ', 3, 'latin1'));
console.log(JSON.stringify(fs.readFileSync('rw.txt', 'latin1').slice(0, 8)));
console.log(fs.readSync(fd, Buffer.alloc(0), 0, 0, 0));
fs.closeSync(fd);
