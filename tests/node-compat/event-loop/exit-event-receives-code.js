// 'exit' listeners receive the code passed to process.exit() and run in registration order.
process.on('exit', (code) => console.log('exit listener 1 code %d', code));
process.once('exit', (code) => console.log('exit listener 2 code %d exitCode %d', code, process.exitCode));
console.log('before exit');
process.exit(5);
console.log('after exit (should not print)');
