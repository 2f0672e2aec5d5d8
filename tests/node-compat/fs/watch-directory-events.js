// fs.watch on a directory reports a new entry as 'rename' and a change to an entry as 'change'.
const fs = require('fs');
const events = [];
const watcher = fs.watch('tree', (eventType, filename) => {
  events.push(`${eventType} ${filename}`);
});
console.log(watcher instanceof require('events'), typeof watcher.close, typeof watcher.ref, typeof watcher.unref);
setTimeout(() => {
  fs.writeFileSync('tree/created.txt', 'new');
  setTimeout(() => {
    console.log('after create', events[0]);
    events.length = 0;
    fs.appendFileSync('tree/a.txt', 'more');
    setTimeout(() => {
      console.log('after change', events[0]);
      events.length = 0;
      fs.unlinkSync('tree/created.txt');
      setTimeout(() => {
        console.log('after unlink', events[0]);
        watcher.on('close', () => console.log('closed'));
        watcher.close();
        watcher.close();
      }, 300);
    }, 300);
  }, 300);
}, 100);
