// chmod sets permission bits from numbers and octal strings, by path and by descriptor.
const fs = require('fs');
const mode = (file) => (fs.statSync(file).mode & 0o7777).toString(8);
fs.chmodSync('hello.txt', 0o600);
console.log(mode('hello.txt'));
fs.chmodSync('hello.txt', '755');
console.log(mode('hello.txt'));
fs.chmodSync('tree', 0o700);
console.log(mode('tree'), fs.statSync('tree').isDirectory());
const fd = fs.openSync('lines.txt', 'r');
fs.fchmodSync(fd, 0o604);
fs.closeSync(fd);
console.log(mode('lines.txt'));
fs.chmodSync('link-to-hello.txt', 0o640);
console.log(mode('hello.txt'), fs.lstatSync('link-to-hello.txt').isSymbolicLink());
for (const bad of ['rwx', -1, 1.5, null]) {
  try {
    fs.chmodSync('hello.txt', bad);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
try {
  fs.chmodSync('missing', 0o644);
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
console.log(fs.lchmod, typeof fs.promises.lchmod);
fs.chmod('hello.txt', 0o444, (error) => {
  console.log('cb', error, mode('hello.txt'));
  fs.promises.chmod('hello.txt', 0o644).then(() => console.log('promise', mode('hello.txt')));
});
