// An uncaught exception in a timer ends the process with code 1; stdout written before it is kept.
process.on('exit', (code) => console.log('exit %d', code));
console.log('before');
setTimeout(() => {
  console.log('in timer');
  throw new Error('boom');
}, 1);
setTimeout(() => console.log('later timer (should not run)'), 20);
