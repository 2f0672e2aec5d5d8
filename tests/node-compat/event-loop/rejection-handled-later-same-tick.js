// A rejection that gets a handler later in the same macrotask turn is not reported as unhandled.
process.on('unhandledRejection', () => console.log('unhandledRejection (should not fire)'));
process.on('exit', (code) => console.log('exit %d', code));
const p = Promise.reject(new Error('late'));
process.nextTick(() => {
  Promise.resolve().then(() => {
    p.catch((e) => console.log('caught %s', e.message));
  });
});
console.log('sync');
