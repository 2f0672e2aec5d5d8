// 'beforeExit' fires once when the loop empties, receiving the exit code, and before 'exit'.
process.on('beforeExit', (code) => console.log('beforeExit %d', code));
process.on('exit', (code) => console.log('exit %d', code));
setTimeout(() => console.log('timer'), 1);
console.log('sync');
