// 'beforeExit' and 'exit' receive process.exitCode; it can be changed inside 'beforeExit'.
process.exitCode = 3;
process.once('beforeExit', (code) => {
  console.log('beforeExit %d', code);
  process.exitCode = 4;
});
process.on('exit', (code) => console.log('exit %d', code));
