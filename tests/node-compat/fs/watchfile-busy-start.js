// watchFile on a file that exists, started by a script that stays busy past
// the interval: the first stat only records, so no change is reported until
// the file really changes (libuv starts its interval after that stat).
const fs = require('fs');
fs.writeFileSync('watched.txt', 'one');
const events = [];
fs.watchFile('watched.txt', { interval: 20 }, (current, previous) => {
  events.push(`${previous.size} -> ${current.size}`);
  if (current.size === 5) {
    fs.unwatchFile('watched.txt');
    console.log(events);
  }
});
const until = Date.now() + 100;
while (Date.now() < until);
setTimeout(() => fs.writeFileSync('watched.txt', 'three'), 150);
