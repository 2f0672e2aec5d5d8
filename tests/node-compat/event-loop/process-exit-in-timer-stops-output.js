// process.exit(code) inside a timer stops everything: later timers, ticks and promises never run.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick (should not run)'));
  Promise.resolve().then(() => console.log('promise (should not run)'));
  process.exit(7);
  console.log('after exit (should not run)');
}, 5);
setTimeout(() => console.log('timer 2 (should not run)'), 5);
setTimeout(() => console.log('timer 3 (should not run)'), 50);
setInterval(() => console.log('interval (should not run)'), 100);
