// A synchronous throw in the main script exits with code 1; ticks, timers and exit listeners behave accordingly.
process.on('exit', (code) => console.log('exit %d', code));
process.nextTick(() => console.log('tick (should not run)'));
setTimeout(() => console.log('timer (should not run)'), 0);
console.log('before throw');
throw new Error('sync boom');
