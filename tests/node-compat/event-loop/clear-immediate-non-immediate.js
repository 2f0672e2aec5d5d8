// clearImmediate, clearTimeout and clearInterval of values that are no
// timers do nothing, as in Node, and real ones still run afterwards.
clearImmediate({});
clearTimeout({});
clearInterval('x');
clearImmediate(null);
clearTimeout(undefined);
clearImmediate({ _destroyed: false });
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 5);
console.log('sync');
