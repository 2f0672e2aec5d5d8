// A dangling symlink exists for lstat and readlink but not for stat, exists or realpath.
const fs = require('fs');
fs.symlinkSync('nowhere.txt', 'dangling');
console.log(fs.lstatSync('dangling').isSymbolicLink(), fs.readlinkSync('dangling'), fs.existsSync('dangling'));
for (const [label, fn] of [
  ['stat', () => fs.statSync('dangling')],
  ['realpath', () => fs.realpathSync('dangling')],
  ['realpath.native', () => fs.realpathSync.native('dangling')],
  ['readFile', () => fs.readFileSync('dangling')],
]) {
  try {
    fn();
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
fs.writeFileSync('dangling', 'created through the link');
console.log(fs.readFileSync('nowhere.txt', 'utf8'), fs.lstatSync('dangling').isSymbolicLink());
