// With an 'unhandledRejection' listener the process keeps running and exits 0.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled %s %s', reason.message, promise instanceof Promise);
});
process.on('exit', (code) => console.log('exit %d', code));
Promise.reject(new Error('r1'));
Promise.resolve().then(() => { throw new Error('r2'); });
setTimeout(() => console.log('timer runs'), 5);
console.log('sync');
