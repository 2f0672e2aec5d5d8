// process.exitCode sets the exit code used when the loop drains naturally.
console.log('initial exitCode %s', typeof process.exitCode);
process.exitCode = 9;
setTimeout(() => {
  console.log('timer sees %d', process.exitCode);
  process.exitCode = 2;
}, 1);
process.on('exit', (code) => console.log('exit %d', code));
