// symlink stores its target as given; readlink returns it; realpath resolves every link.
const fs = require('fs');
fs.symlinkSync('tree/b/c.txt', 'to-c');
fs.symlinkSync('to-c', 'to-to-c');
fs.symlinkSync('../hello.txt', 'tree/up-hello');
console.log(fs.readlinkSync('to-c'), fs.readlinkSync('to-to-c'), fs.readlinkSync('tree/up-hello'));
console.log(fs.readFileSync('to-to-c', 'utf8').trim(), fs.readFileSync('tree/up-hello', 'utf8').trim());
console.log(fs.realpathSync('to-to-c'));
console.log(fs.realpathSync.native('to-to-c'));
console.log(fs.realpathSync('link-to-b/d/../c.txt'));
console.log(fs.realpathSync('.'), fs.realpathSync('tree/../tree/./b'));
console.log(fs.readlinkSync('link-to-hello.txt', 'buffer').toString(), fs.realpathSync('to-c', 'buffer') instanceof Buffer);
try {
  fs.readlinkSync('hello.txt');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.symlinkSync('anything', 'hello.txt');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
fs.realpath('to-to-c', (error, resolved) => {
  console.log('cb', error, resolved);
  fs.promises.realpath('link-to-b').then((resolved2) => {
    console.log('promise', resolved2);
    return fs.promises.readlink('to-c');
  }).then((target) => console.log('promise readlink', target));
});
