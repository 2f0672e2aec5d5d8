// utimes sets access and modification times from seconds, numeric strings or Dates.
const fs = require('fs');
fs.utimesSync('hello.txt', 1000, 2000);
let st = fs.statSync('hello.txt');
console.log(st.atimeMs, st.mtimeMs, st.mtime.toISOString());
fs.utimesSync('hello.txt', '1500.5', new Date('2020-01-02T03:04:05.678Z'));
st = fs.statSync('hello.txt');
console.log(st.atimeMs, st.mtimeMs, st.mtime.toISOString());
const fd = fs.openSync('lines.txt', 'r');
fs.futimesSync(fd, 86400, 172800);
fs.closeSync(fd);
console.log(fs.statSync('lines.txt').mtimeMs);
fs.lutimesSync('link-to-hello.txt', 111, 222);
console.log(fs.lstatSync('link-to-hello.txt').mtimeMs, fs.statSync('link-to-hello.txt').mtimeMs);
fs.utimesSync('tree', 3000, 4000);
console.log(fs.statSync('tree').mtimeMs);
const big = fs.statSync('hello.txt', { bigint: true });
console.log(big.mtimeNs);
for (const bad of [{}, 'soon', null]) {
  try {
    fs.utimesSync('hello.txt', bad, 0);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
try {
  fs.utimesSync('missing', 1, 1);
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
fs.utimes('hello.txt', 5, 6, (error) => {
  console.log('cb', error, fs.statSync('hello.txt').mtimeMs);
  fs.promises.utimes('hello.txt', 7, 8).then(() => console.log('promise', fs.statSync('hello.txt').mtimeMs));
});
