// An unhandled promise rejection crashes the process with exit code 1 (default --unhandled-rejections=throw).
process.on('exit', (code) => console.log('exit %d', code));
Promise.reject(new Error('nobody handles me'));
process.nextTick(() => console.log('tick still runs'));
Promise.resolve().then(() => console.log('microtask still runs'));
setTimeout(() => console.log('timer (should not run)'), 0);
console.log('sync');
