// Extra arguments to setTimeout/setImmediate/setInterval/nextTick are passed to the callback.
process.nextTick((a, b) => console.log('tick %s %s', a, b), 'm', 'n');
setTimeout((a, b, c) => {
  console.log('timeout %s %d %s', a, b, c);
  setImmediate((p, q) => {
    console.log('immediate %s %s', p, q);
    setTimeout((...args) => console.log('no extra args length %d', args.length), 1);
  }, 'p', 'q');
}, 1, 'x', 42, true);
