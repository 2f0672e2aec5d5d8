'use strict';
// `tty` in a pod, which has no terminals: isatty(fd) is false for every
// descriptor (Node's checks on fd first), and making a ReadStream or
// WriteStream fails as Node's does on a descriptor that is not a terminal
// (ERR_TTY_INIT_FAILED, uv_tty_init's EINVAL), after Node's ERR_INVALID_FD
// check.
//
// NODE-DIFF: the native CLI says the same even when started from a real
// terminal: process.stdout.isTTY is false there too, so a script sees one
// consistent answer and prints what it prints into a pod's terminal.

const { codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED } } = require('internal/errors');
const net = require('net');

// No descriptor of a pod process is a terminal, valid or not.
function isatty(fd) { // eslint-disable-line no-unused-vars
  return false;
}

function initFailed(fd) {
  // Node checks `fd >> 0 !== fd || fd < 0` before opening the terminal.
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  throw new ERR_TTY_INIT_FAILED({ errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
}

function ReadStream(fd) {
  initFailed(fd);
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

function WriteStream(fd) {
  initFailed(fd);
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

module.exports = { isatty, ReadStream, WriteStream };
