// clearTimeout from an earlier timer in the same batch prevents a later due timer from running.
let victim;
setTimeout(() => {
  console.log('first');
  clearTimeout(victim);
}, 10);
victim = setTimeout(() => console.log('victim (should not run)'), 10);
setTimeout(() => {
  console.log('third clears later');
  clearTimeout(later);
}, 10);
const later = setTimeout(() => console.log('later (should not run)'), 1000);
process.on('exit', () => console.log('exit'));
