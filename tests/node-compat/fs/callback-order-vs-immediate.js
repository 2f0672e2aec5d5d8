// fs callbacks run in the poll phase: inside one, setImmediate always runs before setTimeout(0).
const fs = require('fs');
fs.readFile('hello.txt', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('callback');
});
