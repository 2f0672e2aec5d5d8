// stat with bigint: true gives BigInt fields and nanosecond times consistent with the milliseconds.
const fs = require('fs');
const st = fs.statSync('hello.txt', { bigint: true });
console.log(typeof st.size, st.size, typeof st.mode, st.isFile(), st.isDirectory());
console.log(typeof st.atimeNs, typeof st.mtimeMs, st.mtimeMs === st.mtimeNs / 1000000n);
console.log(st.mtime instanceof Date, st.mtime.getTime() === Number(st.mtimeMs));
const plain = fs.statSync('hello.txt');
console.log(Number(st.size) === plain.size, Number(st.ino) === plain.ino, Number(st.mode) === plain.mode);
const lst = fs.lstatSync('link-to-hello.txt', { bigint: true });
console.log(lst.isSymbolicLink(), typeof lst.nlink);
const fd = fs.openSync('hello.txt');
const fst = fs.fstatSync(fd, { bigint: true });
console.log(fst.size, fst.isFile());
fs.closeSync(fd);
fs.stat('tree', { bigint: true }, (error, dst) => {
  console.log('cb', error, typeof dst.size, dst.isDirectory());
  fs.promises.stat('tree', { bigint: true }).then((pst) => console.log('promise', typeof pst.blocks, pst.isDirectory()));
});
