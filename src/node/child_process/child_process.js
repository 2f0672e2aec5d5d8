'use strict';
// `child_process` in a process that cannot start others. A pod has no
// operating system to spawn programs on (the page starts processes through
// pod.spawn, not user code), and the native CLI runs scripts the same way
// so that a script behaves alike in both: every function checks its command
// argument as Node does (ERR_INVALID_ARG_TYPE), then throws
// ERR_METHOD_NOT_IMPLEMENTED. ChildProcess exists for `instanceof` and
// subclassing; its spawn() throws the same.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateString } = require('internal/validators');
const EventEmitter = require('events');

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [];
  }

  spawn() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('child_process.ChildProcess.prototype.spawn()');
  }

  kill() {
    return false;
  }

  ref() {}

  unref() {}
}

function refuse(name, argumentName) {
  return {
    [name](command) {
      validateString(command, argumentName);
      throw new ERR_METHOD_NOT_IMPLEMENTED(`child_process.${name}()`);
    },
  }[name];
}

module.exports = {
  _forkChild() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('child_process._forkChild()');
  },
  ChildProcess,
  exec: refuse('exec', 'command'),
  execFile: refuse('execFile', 'file'),
  execFileSync: refuse('execFileSync', 'file'),
  execSync: refuse('execSync', 'command'),
  fork(modulePath) {
    // fork also takes a Buffer or a file: URL naming the module.
    if (typeof modulePath !== 'string' && !Buffer.isBuffer(modulePath) && !(modulePath instanceof URL)) {
      throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'Buffer', 'URL'], modulePath);
    }
    throw new ERR_METHOD_NOT_IMPLEMENTED('child_process.fork()');
  },
  spawn: refuse('spawn', 'file'),
  spawnSync: refuse('spawnSync', 'file'),
};
