// A program may replace globalThis.process (test/common's own tests do);
// Node's internals hold their own reference, so timers, console, uncaught
// errors and 'exit' keep working and see the real process.
'use strict';
const real = process;
real.on('exit', (code) => console.log('exit', code, real.exitCode));
real.on('uncaughtException', (err) => {
  console.log('uncaught', err.message, typeof globalThis.process.on);
  real.exitCode = 3;
});

globalThis.process = { fake: true };
console.log('replaced', globalThis.process, process === real);

setImmediate(() => {
  console.log('immediate');
  setTimeout(() => {
    console.log('timeout');
    setTimeout(replaceAgain, 1);
    throw new Error('from a timer');
  }, 1);
});
Promise.resolve().then(() => console.log('microtask'));
real.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('queued'));
console.log(require('util').inspect(Buffer.from('hi')));
console.log(require('path').resolve('a').endsWith('/a'));

// Replacing it with something that is not an object at all.
function replaceAgain() {
  globalThis.process = undefined;
  setImmediate(() => console.log('still running', typeof process));
}
