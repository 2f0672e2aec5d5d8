// fs.watchFile polls stat and calls the listener with the current and previous Stats.
const fs = require('fs');
const calls = [];
function listener(curr, prev) {
  calls.push(`${prev.size}->${curr.size} ${curr.isFile()} ${curr.mtimeMs >= prev.mtimeMs}`);
}
const watcher = fs.watchFile('hello.txt', { interval: 50 }, listener);
console.log(typeof watcher.ref, typeof watcher.unref, watcher instanceof require('events'));
setTimeout(() => {
  fs.writeFileSync('hello.txt', 'a longer line of text\n');
  setTimeout(() => {
    console.log(calls.join(' | '));
    fs.unwatchFile('hello.txt', listener);
    fs.writeFileSync('hello.txt', 'x');
    setTimeout(() => console.log('after unwatch', calls.length), 300);
  }, 400);
}, 300);
