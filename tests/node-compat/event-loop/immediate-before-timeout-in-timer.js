// Inside a timer callback, setImmediate fires before a newly scheduled setTimeout(0).
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
}, 1);
