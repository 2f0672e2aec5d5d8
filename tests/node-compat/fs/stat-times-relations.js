// Stats times: a new file's times are not before its creation, Dates match the milliseconds.
const fs = require('fs');
const before = Date.now() - 2000;
fs.writeFileSync('new.txt', 'x');
const st = fs.statSync('new.txt');
console.log(st.mtimeMs >= before, st.ctimeMs >= before, st.atimeMs >= before);
console.log(st.mtimeMs <= Date.now() + 2000);
console.log(st.mtime.getTime() === Math.round(st.mtimeMs), st.atime.getTime() === Math.round(st.atimeMs));
console.log(typeof st.mtimeMs, Number.isFinite(st.birthtimeMs));
const mtime = st.mtime;
console.log(st.mtime === mtime);
st.mtime = 'replaced';
console.log(st.mtime);
