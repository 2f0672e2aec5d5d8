// An error thrown in setImmediate is uncaught: exit code 1 and remaining immediates do not run.
process.on('exit', (code) => console.log('exit %d', code));
setImmediate(() => console.log('imm 1'));
setImmediate(() => {
  console.log('imm 2 throws');
  throw new Error('immediate error');
});
setImmediate(() => console.log('imm 3 (should not run)'));
