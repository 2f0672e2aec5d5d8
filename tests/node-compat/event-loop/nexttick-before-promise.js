// process.nextTick callbacks run before Promise.then callbacks, both after synchronous code.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('sync');
