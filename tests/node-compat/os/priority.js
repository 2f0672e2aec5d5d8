// os.getPriority/setPriority: this process's nice value, raised (never lowered here), Node's argument errors and ESRCH for a missing pid.
'use strict';
const os = require('os');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    if (error.info) console.log('  ', JSON.stringify(error.info), error.errno, error.syscall);
  }
}

attempt('get', () => os.getPriority());
attempt('set 5', () => os.setPriority(5));
attempt('get', () => os.getPriority());
attempt('set own pid 7', () => os.setPriority(process.pid, 7));
attempt('get own pid', () => os.getPriority(process.pid));
attempt('get 0', () => os.getPriority(0));
attempt('constant', () => os.setPriority(os.constants.priority.PRIORITY_LOW));
attempt('get', () => os.getPriority());
attempt('missing pid', () => os.getPriority(2147483647));
attempt('set missing pid', () => os.setPriority(2147483647, 19));
attempt('too high', () => os.setPriority(20));
attempt('too low', () => os.setPriority(0, -21));
attempt('string', () => os.setPriority('1'));
attempt('float pid', () => os.getPriority(1.5));
