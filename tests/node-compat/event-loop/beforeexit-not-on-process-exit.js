// 'beforeExit' is not emitted when process.exit() is called explicitly, but 'exit' is.
process.on('beforeExit', () => console.log('beforeExit (should not run)'));
process.on('exit', (code) => console.log('exit %d', code));
setTimeout(() => {
  console.log('calling exit');
  process.exit(0);
}, 1);
