// writeFile and appendFile accept flush: true (data synced before returning); flush must be a boolean.
const fs = require('fs');
fs.writeFileSync('flushed.txt', 'abc', { flush: true });
fs.appendFileSync('flushed.txt', 'def', { flush: true });
console.log(fs.readFileSync('flushed.txt', 'utf8'));
try {
  fs.writeFileSync('flushed.txt', 'x', { flush: 1 });
} catch (error) {
  console.log(error.code, error.message);
}
fs.writeFile('flushed.txt', 'ghi', { flush: true }, (error) => {
  console.log('cb', error, fs.readFileSync('flushed.txt', 'utf8'));
  fs.promises.writeFile('flushed.txt', 'jkl', { flush: true }).then(() => console.log('promise', fs.readFileSync('flushed.txt', 'utf8')));
});
