// An error thrown inside a nextTick callback is uncaught: exit code 1, later ticks/promises/timers do not run.
process.on('exit', (code) => console.log('exit %d', code));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => {
  console.log('tick 2 throws');
  throw new Error('tick error');
});
process.nextTick(() => console.log('tick 3 (should not run)'));
Promise.resolve().then(() => console.log('promise (should not run)'));
setTimeout(() => console.log('timer (should not run)'), 0);
console.log('sync');
