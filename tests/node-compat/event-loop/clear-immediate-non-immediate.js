// clearImmediate, clearTimeout and clearInterval of values that are no
// timers do nothing, as in Node, and real ones still run afterwards.
clearImmediate({});
clearTimeout({});
clearInterval('x');
clearImmediate(null);
clearTimeout(undefined);
clearImmediate({ _destroyed: false });
// The timer is set from the immediate, so the order does not depend on how
// long the process took to start.
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timeout'), 5);
});
console.log('sync');
