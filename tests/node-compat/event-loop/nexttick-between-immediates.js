// Ticks and microtasks scheduled in an immediate run before the next immediate.
setImmediate(() => {
  console.log('imm 1');
  process.nextTick(() => console.log('tick 1'));
  Promise.resolve().then(() => console.log('promise 1'));
});
setImmediate(() => {
  console.log('imm 2');
  queueMicrotask(() => console.log('qm 2'));
  process.nextTick(() => console.log('tick 2'));
});
setImmediate(() => console.log('imm 3'));
