// A setTimeout(0) scheduled inside a timer callback does not run in the same timers phase batch.
setTimeout(() => {
  console.log('t1');
  setTimeout(() => console.log('t1 -> inner'), 0);
}, 5);
setTimeout(() => console.log('t2'), 5);
setTimeout(() => {
  console.log('t3');
  setTimeout(() => console.log('t3 -> inner'), 0);
}, 5);
