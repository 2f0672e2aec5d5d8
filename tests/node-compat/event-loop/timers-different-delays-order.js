// Timers with different delays fire in order of delay regardless of creation order; 0 is coerced to 1, so 1 and 0 keep insertion order.
setTimeout(() => console.log('200'), 200);
setTimeout(() => console.log('1'), 1);
setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('0'), 0);
setTimeout(() => console.log('300'), 300);
console.log('sync');
