// Microtasks queued inside nextTick callbacks run after all pending ticks.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('then from tick 1'));
  queueMicrotask(() => console.log('qm from tick 1'));
  process.nextTick(() => console.log('tick 1.1'));
});
process.nextTick(() => {
  console.log('tick 2');
  Promise.resolve().then(() => {
    console.log('then from tick 2');
    process.nextTick(() => console.log('tick from then'));
  });
});
console.log('sync');
