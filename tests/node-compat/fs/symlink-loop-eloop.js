// Symlinks that point at each other fail with ELOOP when followed.
const fs = require('fs');
fs.symlinkSync('loop-b', 'loop-a');
fs.symlinkSync('loop-a', 'loop-b');
console.log(fs.lstatSync('loop-a').isSymbolicLink());
for (const [label, fn] of [
  ['stat', () => fs.statSync('loop-a')],
  ['readFile', () => fs.readFileSync('loop-a')],
  ['realpath', () => fs.realpathSync('loop-a')],
  ['realpath.native', () => fs.realpathSync.native('loop-a')],
  ['exists', () => console.log('exists', fs.existsSync('loop-a'))],
]) {
  try {
    fn();
  } catch (error) {
    console.log(label, error.code, error.syscall, error.errno, error.message);
  }
}
