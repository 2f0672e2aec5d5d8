// Scheduling work inside 'beforeExit' keeps the process alive and 'beforeExit' fires again.
let count = 0;
process.on('beforeExit', () => {
  count++;
  console.log('beforeExit %d', count);
  if (count < 3) {
    setTimeout(() => console.log('timer from beforeExit %d', count), 1);
  } else if (count === 3) {
    Promise.resolve().then(() => console.log('microtask only (no new loop work)'));
  }
});
process.on('exit', () => console.log('exit after %d', count));
