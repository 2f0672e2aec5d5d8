// rmdir removes only empty directories; other cases fail with POSIX codes.
const fs = require('fs');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
attempt('non-empty', () => fs.rmdirSync('tree'));
attempt('file', () => fs.rmdirSync('hello.txt'));
attempt('missing', () => fs.rmdirSync('missing'));
attempt('link to dir', () => fs.rmdirSync('link-to-b'));
fs.mkdirSync('empty');
attempt('empty', () => fs.rmdirSync('empty'));
console.log(fs.existsSync('empty'));
fs.rmdir('tree/b', (error) => {
  console.log('cb', error.code, error.syscall);
  fs.promises.rmdir('tree/b/d').catch((error2) => console.log('promise', error2.code, error2.syscall));
});
