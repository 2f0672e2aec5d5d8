// truncate shrinks a file or extends it with zero bytes, by path and by descriptor.
const fs = require('fs');
fs.truncateSync('hello.txt', 5);
console.log(JSON.stringify(fs.readFileSync('hello.txt', 'utf8')));
fs.truncateSync('hello.txt', 8);
console.log(fs.readFileSync('hello.txt').toString('hex'));
fs.truncateSync('hello.txt');
console.log(fs.statSync('hello.txt').size);
const fd = fs.openSync('lines.txt', 'r+');
fs.ftruncateSync(fd, 3);
console.log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd, -5);
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
for (const [label, fn] of [
  ['missing', () => fs.truncateSync('missing', 1)],
  ['dir', () => fs.truncateSync('tree', 1)],
  ['bad len', () => fs.truncateSync('lines.txt', 'x')],
  ['fractional', () => fs.truncateSync('lines.txt', 1.5)],
]) {
  try {
    fn();
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
fs.truncate('data.json', 4, (error) => {
  console.log('cb', error, fs.readFileSync('data.json', 'utf8'));
  fs.promises.truncate('data.json', 2).then(() => console.log('promise', fs.readFileSync('data.json', 'utf8')));
});
