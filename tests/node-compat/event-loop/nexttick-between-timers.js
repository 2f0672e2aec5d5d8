// Ticks and microtasks scheduled in a timer run before the next timer of the same batch.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick 1'));
  Promise.resolve().then(() => console.log('promise 1'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('tick 2'));
  Promise.resolve().then(() => console.log('promise 2'));
}, 5);
setTimeout(() => console.log('timer 3'), 5);
