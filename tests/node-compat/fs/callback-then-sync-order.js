// Callbacks run after the current code, after process.nextTick and promise jobs, in the order the calls finish.
const fs = require('fs');
const log = [];
fs.stat('hello.txt', () => {
  log.push('stat callback');
  console.log(log.join(', '));
});
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('promise'));
log.push('sync');
