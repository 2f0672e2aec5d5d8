// timers/promises setInterval is an async iterator yielding the value; break stops it and lets the process exit.
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of every(5, 'val')) {
    n++;
    console.log('iteration %d %s', n, v);
    if (n === 3) break;
  }
  console.log('loop done');
})();
process.on('exit', (code) => console.log('exit %d', code));
