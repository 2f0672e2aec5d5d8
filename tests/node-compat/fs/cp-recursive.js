// cpSync copies a tree with recursive, and refuses a directory without it.
const fs = require('fs');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall);
  }
}
attempt('no recursive', () => fs.cpSync('tree', 'copy'));
attempt('recursive', () => fs.cpSync('tree', 'copy', { recursive: true }));
console.log(fs.readdirSync('copy', { recursive: true }).sort().join(' '));
console.log(fs.readFileSync('copy/b/d/e.txt', 'utf8').trim());
attempt('into itself', () => fs.cpSync('tree', 'tree/b/inner', { recursive: true }));
attempt('same', () => fs.cpSync('hello.txt', 'hello.txt'));
attempt('file', () => fs.cpSync('hello.txt', 'deep/new/hello.txt'));
console.log(fs.readFileSync('deep/new/hello.txt', 'utf8').trim());
attempt('dir over file', () => fs.cpSync('tree', 'hello.txt', { recursive: true }));
attempt('file over dir', () => fs.cpSync('hello.txt', 'tree', { recursive: true }));
attempt('missing', () => fs.cpSync('missing', 'x'));
attempt('bad option', () => fs.cpSync('hello.txt', 'x', { force: 1 }));
fs.cp('tree', 'copy2', { recursive: true }, (error) => {
  console.log('cb', error, fs.readdirSync('copy2').sort().join(' '));
  fs.promises.cp('tree/b', 'copy3', { recursive: true }).then(() => {
    console.log('promise', fs.readdirSync('copy3', { recursive: true }).sort().join(' '));
  });
});
