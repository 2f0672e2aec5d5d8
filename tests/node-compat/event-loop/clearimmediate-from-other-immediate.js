// clearImmediate from an earlier immediate cancels a queued one in the same check phase.
let b;
setImmediate(() => {
  console.log('a');
  clearImmediate(b);
});
b = setImmediate(() => console.log('b (should not run)'));
setImmediate(() => console.log('c'));
const d = setImmediate(() => console.log('d (should not run)'));
clearImmediate(d);
process.nextTick(() => console.log('tick'));
