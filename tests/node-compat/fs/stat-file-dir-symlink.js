// stat follows links and lstat does not; the type predicates and sizes of each kind.
const fs = require('fs');
function describe(label, st) {
  console.log(label, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(),
    st.isBlockDevice(), st.isCharacterDevice(), (st.mode & fs.constants.S_IFMT).toString(8));
}
describe('file', fs.statSync('hello.txt'));
describe('dir', fs.statSync('tree'));
describe('stat link', fs.statSync('link-to-hello.txt'));
describe('lstat link', fs.lstatSync('link-to-hello.txt'));
describe('stat dir link', fs.statSync('link-to-b'));
describe('lstat dir link', fs.lstatSync('link-to-b'));
const st = fs.statSync('hello.txt');
console.log(st.size, st.nlink, st.blksize > 0, st.blocks >= 0, typeof st.ino, typeof st.dev, st.rdev);
console.log(fs.statSync('binary.bin').size, fs.statSync('empty.txt').size, fs.lstatSync('link-to-hello.txt').size);
console.log(st instanceof fs.Stats, Object.getPrototypeOf(st) === fs.Stats.prototype);
const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
console.log(fields.map((key) => `${key}:${typeof st[key]}`).join(' '));
console.log(['atime', 'mtime', 'ctime', 'birthtime'].map((key) => st[key] instanceof Date).join(' '));
