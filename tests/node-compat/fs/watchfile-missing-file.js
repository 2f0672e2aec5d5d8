// watchFile on a missing file reports zeroed Stats, then the file when it appears.
const fs = require('fs');
const calls = [];
fs.watchFile('later.txt', { interval: 50 }, (curr, prev) => {
  calls.push(`${prev.size}/${prev.mtimeMs}->${curr.size}/${curr.isFile()}`);
});
setTimeout(() => {
  fs.writeFileSync('later.txt', 'here now');
  setTimeout(() => {
    console.log(calls.join(' | '));
    fs.unwatchFile('later.txt');
  }, 400);
}, 300);
