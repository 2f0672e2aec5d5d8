// mkdir errors: an existing entry, a missing parent, and a file in the way.
const fs = require('fs');
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
attempt('existing dir', () => fs.mkdirSync('tree'));
attempt('existing file', () => fs.mkdirSync('hello.txt'));
attempt('missing parent', () => fs.mkdirSync('no/such/dir'));
attempt('file parent', () => fs.mkdirSync('hello.txt/sub'));
attempt('recursive over file', () => fs.mkdirSync('hello.txt', { recursive: true }));
attempt('recursive through file', () => fs.mkdirSync('hello.txt/sub/deeper', { recursive: true }));
attempt('recursive existing dir', () => fs.mkdirSync('tree', { recursive: true }));
attempt('bad mode', () => fs.mkdirSync('x', 'rwx'));
attempt('bad recursive', () => fs.mkdirSync('x', { recursive: 'yes' }));
fs.mkdir('tree', (error) => console.log('cb', error.code, error.message));
