// A callback API called without its callback throws ERR_INVALID_ARG_TYPE at once.
const fs = require('fs');
const calls = {
  readFile: () => fs.readFile('hello.txt'),
  writeFile: () => fs.writeFile('x.txt', 'data'),
  appendFile: () => fs.appendFile('x.txt', 'data', 'utf8'),
  stat: () => fs.stat('hello.txt'),
  lstat: () => fs.lstat('hello.txt', {}),
  readdir: () => fs.readdir('.'),
  mkdir: () => fs.mkdir('newdir'),
  unlink: () => fs.unlink('x.txt'),
  rename: () => fs.rename('a', 'b'),
  access: () => fs.access('hello.txt'),
  exists: () => fs.exists('hello.txt'),
  open: () => fs.open('hello.txt', 'r'),
  copyFile: () => fs.copyFile('a', 'b'),
  realpath: () => fs.realpath('.'),
  mkdtemp: () => fs.mkdtemp('x-'),
  opendir: () => fs.opendir('.'),
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
    console.log(name, 'no error');
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
console.log(fs.existsSync('newdir'), fs.existsSync('x.txt'));
fs.close(99);
setTimeout(() => console.log('close without callback did not throw synchronously'), 100);
process.on('uncaughtException', (error) => console.log('uncaught', error.code, error.syscall));
