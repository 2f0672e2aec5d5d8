// A nextTick scheduled from a microtask runs only after the whole microtask queue drains.
Promise.resolve().then(() => {
  console.log('then 1');
  process.nextTick(() => console.log('tick from then 1'));
  Promise.resolve().then(() => console.log('then 1.1'));
});
Promise.resolve().then(() => console.log('then 2'));
queueMicrotask(() => {
  console.log('qm 1');
  process.nextTick(() => {
    console.log('tick from qm 1');
    Promise.resolve().then(() => console.log('then from tick'));
  });
});
console.log('sync');
