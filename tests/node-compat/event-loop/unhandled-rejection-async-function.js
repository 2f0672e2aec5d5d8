// A throw inside an async function whose promise is never handled crashes with exit code 1 after the awaits.
process.on('exit', (code) => console.log('exit %d', code));
async function f() {
  console.log('f start');
  await null;
  console.log('f resumed');
  throw new Error('async boom');
}
f();
setTimeout(() => console.log('timer (should not run)'), 10);
