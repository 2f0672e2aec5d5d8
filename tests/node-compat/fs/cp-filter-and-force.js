// cpSync's filter skips entries; force and errorOnExist decide what happens to existing files.
const fs = require('fs');
const seen = [];
fs.cpSync('tree', 'filtered', {
  recursive: true,
  filter(src) {
    seen.push(src);
    return !src.endsWith('c.txt');
  },
});
console.log(seen.sort().join(' '));
console.log(fs.readdirSync('filtered', { recursive: true }).sort().join(' '));
fs.writeFileSync('target.txt', 'old');
fs.cpSync('hello.txt', 'target.txt');
console.log('force default', JSON.stringify(fs.readFileSync('target.txt', 'utf8')));
fs.writeFileSync('target.txt', 'old');
fs.cpSync('hello.txt', 'target.txt', { force: false });
console.log('no force', JSON.stringify(fs.readFileSync('target.txt', 'utf8')));
try {
  fs.cpSync('hello.txt', 'target.txt', { force: false, errorOnExist: true });
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.cpSync('hello.txt', 'x.txt', { filter: async () => true });
} catch (error) {
  console.log(error.code);
}
fs.promises.cp('tree', 'async-filtered', { recursive: true, filter: async (src) => !src.includes('/b') })
  .then(() => console.log('promise', fs.readdirSync('async-filtered', { recursive: true }).sort().join(' ')));
