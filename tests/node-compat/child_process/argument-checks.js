// child_process checks its command argument like Node before anything runs.
const cp = require('child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  try {
    cp[name](42);
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
console.log(typeof cp.ChildProcess, Object.getPrototypeOf(cp.ChildProcess.prototype) === require('events').prototype);
const child = new cp.ChildProcess();
console.log(child.pid, child.exitCode, child.signalCode, child.killed, child.connected);
