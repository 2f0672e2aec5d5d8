// Descriptor misuse: closed or unknown descriptors give EBADF; bad values give argument errors.
const fs = require('fs');
const fd = fs.openSync('hello.txt', 'r');
fs.closeSync(fd);
for (const [label, fn] of [
  ['close twice', () => fs.closeSync(fd)],
  ['read closed', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, 0)],
  ['fstat closed', () => fs.fstatSync(fd)],
  ['write to read-only', () => {
    const ro = fs.openSync('hello.txt', 'r');
    try {
      fs.writeSync(ro, 'x');
    } finally {
      fs.closeSync(ro);
    }
  }],
  ['read write-only', () => {
    const wo = fs.openSync('out.txt', 'w');
    try {
      fs.readSync(wo, Buffer.alloc(1), 0, 1, 0);
    } finally {
      fs.closeSync(wo);
    }
  }],
  ['string fd', () => fs.closeSync('3')],
  ['negative fd', () => fs.fstatSync(-1)],
  ['fractional fd', () => fs.fstatSync(1.5)],
  ['huge fd', () => fs.fstatSync(2 ** 31)],
  ['bad offset', () => fs.readSync(0, Buffer.alloc(4), 5, 1, 0)],
  ['bad length', () => fs.readSync(0, Buffer.alloc(4), 0, 9, 0)],
  ['bad buffer', () => fs.readSync(0, 'text', 0, 1, 0)],
  ['bad position', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x')],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
fs.fstat(fd, (error) => console.log('cb', error.code, error.syscall));
