// tty.isatty for descriptors that are not terminals (stdio is redirected
// by the harness), and the errors of making a stream on one.
const tty = require('tty');
for (const fd of [0, 1, 2, 3, 100, -1, 1.5, '1', null, undefined, 2 ** 31]) {
  console.log(String(fd), tty.isatty(fd));
}
for (const [Stream, fd] of [[tty.ReadStream, 0], [tty.WriteStream, 99], [tty.ReadStream, -1], [tty.WriteStream, 1.5]]) {
  try {
    new Stream(fd);
    console.log('made', fd);
  } catch (error) {
    console.log(Stream.name, fd, error.name, error.code, error.message, error.info?.syscall, error.errno);
  }
}
console.log(typeof tty.ReadStream, typeof tty.WriteStream, Object.keys(tty).join());
