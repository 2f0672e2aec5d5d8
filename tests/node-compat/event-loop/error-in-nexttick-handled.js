// With an 'uncaughtException' listener, a throwing nextTick does not stop the remaining ticks and microtasks.
process.on('uncaughtException', (err) => console.log('caught %s', err.message));
process.on('exit', (code) => console.log('exit %d', code));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw new Error('tick error'); });
process.nextTick(() => console.log('tick 3'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
