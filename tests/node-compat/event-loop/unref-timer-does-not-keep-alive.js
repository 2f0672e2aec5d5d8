// An unref'd timeout or interval alone does not keep the process alive.
setTimeout(() => console.log('unref timeout (should not run)'), 5000).unref();
setInterval(() => console.log('unref interval (should not run)'), 2000).unref();
setTimeout(() => console.log('ref timeout'), 1);
process.on('exit', (code) => console.log('exit %d', code));
console.log('sync');
