// With only unref'd timers pending the loop exits at once: 'beforeExit' fires and no timer runs.
setTimeout(() => console.log('unref timeout (should not run)'), 1).unref();
setInterval(() => console.log('unref interval (should not run)'), 1).unref();
process.on('beforeExit', (code) => console.log('beforeExit %d', code));
process.on('exit', (code) => console.log('exit %d', code));
console.log('sync');
