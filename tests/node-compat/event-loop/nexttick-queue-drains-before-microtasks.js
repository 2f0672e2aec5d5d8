// Ticks scheduled from ticks run before any promise microtask (the whole tick queue drains first).
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => {
    console.log('tick 1.1');
    process.nextTick(() => console.log('tick 1.1.1'));
  });
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync');
