// Timers with the same delay fire in insertion order.
setTimeout(() => console.log('zero a'), 0);
setTimeout(() => console.log('zero b'), 0);
for (let i = 1; i <= 5; i++) {
  setTimeout(() => console.log('timer %d', i), 10);
}
setTimeout(() => console.log('zero c'), 0);
console.log('sync');
