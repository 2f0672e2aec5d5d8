// fs.watch on a file reports its changes under the file's own name; close stops the events.
const fs = require('fs');
const events = [];
const watcher = fs.watch('hello.txt', { encoding: 'utf8' });
watcher.on('change', (eventType, filename) => events.push(`${eventType} ${filename}`));
setTimeout(() => {
  fs.writeFileSync('hello.txt', 'changed');
  setTimeout(() => {
    console.log(events[0]);
    watcher.close();
    events.length = 0;
    fs.writeFileSync('hello.txt', 'again');
    setTimeout(() => console.log('after close', events.length), 300);
  }, 300);
}, 100);
