// Clearing the last referenced timer from a promise job after a timer callback lets the process exit at once.
const keep = setTimeout(() => console.log('never'), 60000);
const trigger = setTimeout(() => {
  console.log('fired');
  Promise.resolve().then(() => clearTimeout(keep));
}, 1);
trigger.unref();
// The process clock tells whether the loop waited for the cleared timer.
process.on('exit', () => console.log('exit without waiting', performance.now() < 30000));
