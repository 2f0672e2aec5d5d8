// A directory opens read-only: fstat sees a directory, reading it fails with EISDIR.
const fs = require('fs');
const fd = fs.openSync('tree', 'r');
console.log(fs.fstatSync(fd).isDirectory());
try {
  fs.readSync(fd, Buffer.alloc(4), 0, 4, null);
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.readFileSync(fd);
} catch (error) {
  console.log(error.code, error.syscall);
}
fs.closeSync(fd);
for (const flags of ['r+', 'a', 'w']) {
  try {
    fs.openSync('tree', flags);
  } catch (error) {
    console.log(flags, error.code, error.syscall);
  }
}
