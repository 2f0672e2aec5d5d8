// fs callbacks run in the poll phase: inside one, setImmediate always runs before setTimeout(0).
const fs = require('fs');
const fsp = require('fs/promises');
fs.readFile('hello.txt', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => {
    console.log('immediate');
    fsp.stat('hello.txt').then(() => {
      setTimeout(() => console.log('timeout after promise'), 0);
      setImmediate(() => console.log('immediate after promise'));
    });
  });
  process.nextTick(() => console.log('nextTick'));
  console.log('callback');
});
