// setImmediate scheduled inside an immediate runs on the next loop iteration, after already-queued immediates.
setImmediate(() => {
  console.log('imm 1');
  setImmediate(() => console.log('imm 1 -> nested'));
});
setImmediate(() => console.log('imm 2'));
setImmediate(() => {
  console.log('imm 3');
  setImmediate(() => {
    console.log('imm 3 -> nested');
    setImmediate(() => console.log('imm 3 -> nested -> nested'));
  });
});
console.log('sync');
