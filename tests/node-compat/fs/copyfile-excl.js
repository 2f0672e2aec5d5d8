// copyFile copies bytes, overwrites by default and refuses an existing target with COPYFILE_EXCL.
const fs = require('fs');
fs.copyFileSync('binary.bin', 'copy.bin');
console.log(fs.readFileSync('copy.bin').equals(fs.readFileSync('binary.bin')));
fs.copyFileSync('hello.txt', 'copy.bin');
console.log(JSON.stringify(fs.readFileSync('copy.bin', 'utf8')));
for (const [label, fn] of [
  ['excl', () => fs.copyFileSync('hello.txt', 'copy.bin', fs.constants.COPYFILE_EXCL)],
  ['missing', () => fs.copyFileSync('missing', 'x')],
  ['dir source', () => fs.copyFileSync('tree', 'x')],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
fs.copyFileSync('link-to-hello.txt', 'from-link.txt');
console.log(fs.lstatSync('from-link.txt').isSymbolicLink(), fs.readFileSync('from-link.txt', 'utf8').trim());
fs.copyFile('hello.txt', 'cb.txt', (error) => {
  console.log('cb', error, fs.readFileSync('cb.txt', 'utf8').trim());
  fs.promises.copyFile('hello.txt', 'cb.txt', fs.constants.COPYFILE_EXCL).catch((e) => console.log('promise', e.code, e.message));
});
