// With an 'uncaughtException' listener the process survives; the listener gets the error and later work continues.
process.on('uncaughtException', (err, origin) => {
  console.log('caught %s origin %s', err.message, origin);
});
process.on('exit', (code) => console.log('exit %d', code));
setTimeout(() => {
  console.log('timer 1');
  setImmediate(() => {
    console.log('immediate');
    setTimeout(() => console.log('timer 2 still runs'), 1);
    throw new Error('from immediate');
  });
  throw new Error('from timer');
}, 1);
console.log('sync');
