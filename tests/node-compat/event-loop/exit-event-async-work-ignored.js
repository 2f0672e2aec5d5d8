// Timers, immediates and ticks scheduled inside an 'exit' listener never run; the process exits right after listeners.
process.on('exit', (code) => {
  console.log('exit %d', code);
  setTimeout(() => console.log('timer in exit (should not run)'), 0);
  setImmediate(() => console.log('immediate in exit (should not run)'));
  process.nextTick(() => console.log('tick in exit (should not run)'));
  console.log('exit listener end');
});
console.log('main');
