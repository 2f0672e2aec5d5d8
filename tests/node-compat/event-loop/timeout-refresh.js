// refresh() restarts a timer's countdown (so it fires after a same-delay timer created later) and returns the same Timeout; refreshing inside its own callback re-arms it.
let runs = 0;
const a = setTimeout(() => {
  runs++;
  console.log('a fired %d', runs);
  if (runs === 1) console.log('refresh returns self %s', a.refresh() === a);
}, 20);
setTimeout(() => console.log('b fired'), 20);
a.refresh();
process.on('exit', () => console.log('a runs %d', runs));
