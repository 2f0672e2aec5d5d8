// fs/promises watch is an async iterator of { eventType, filename }; leaving the loop stops it.
const fs = require('fs');
const fsp = require('fs/promises');
(async () => {
  const watcher = fsp.watch('tree');
  setTimeout(() => fs.writeFileSync('tree/new.txt', 'x'), 100);
  for await (const event of watcher) {
    console.log(event.eventType, event.filename, Object.keys(event).join(','));
    break;
  }
  console.log('done');
})();
