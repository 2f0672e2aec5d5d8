// queueMicrotask and Promise.then share one FIFO microtask queue; nextTick still goes first.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('qm 2'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('then 2'));
queueMicrotask(() => {
  console.log('qm 3');
  queueMicrotask(() => console.log('qm 3.1'));
  Promise.resolve().then(() => console.log('then 3.1'));
});
console.log('sync');
