// chown to a file's own uid and gid succeeds and changes nothing; ids are validated.
const fs = require('fs');
const before = fs.statSync('hello.txt');
fs.chownSync('hello.txt', before.uid, before.gid);
fs.lchownSync('link-to-hello.txt', before.uid, before.gid);
const fd = fs.openSync('hello.txt', 'r');
fs.fchownSync(fd, before.uid, before.gid);
fs.closeSync(fd);
fs.chownSync('hello.txt', -1, -1);
const after = fs.statSync('hello.txt');
console.log(after.uid === before.uid, after.gid === before.gid);
for (const [uid, gid] of [['0', 0], [0, 1.5], [-2, 0], [2 ** 32, 0]]) {
  try {
    fs.chownSync('hello.txt', uid, gid);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
try {
  fs.chownSync('missing', before.uid, before.gid);
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
fs.chown('hello.txt', before.uid, before.gid, (error) => {
  console.log('cb', error);
  fs.promises.chown('hello.txt', before.uid, before.gid).then((value) => console.log('promise', value));
});
