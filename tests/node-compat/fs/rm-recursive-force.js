// rm removes files, needs recursive for directories, and force ignores missing paths.
const fs = require('fs');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
attempt('file', () => fs.rmSync('hello.txt'));
console.log(fs.existsSync('hello.txt'));
attempt('missing', () => fs.rmSync('missing'));
attempt('missing force', () => fs.rmSync('missing', { force: true }));
attempt('dir', () => fs.rmSync('tree'));
attempt('dir recursive', () => fs.rmSync('tree', { recursive: true }));
console.log(fs.existsSync('tree'));
attempt('link only', () => fs.rmSync('link-to-b', { recursive: true }));
console.log(fs.existsSync('link-to-b'), fs.lstatSync('link-to-hello.txt').isSymbolicLink());
attempt('bad option', () => fs.rmSync('empty.txt', { force: 'yes' }));
fs.rm('missing', (error) => {
  console.log('cb', error.code, error.syscall);
  fs.rm('missing', { force: true, recursive: true }, (error2) => {
    console.log('cb force', error2);
    fs.mkdirSync('d1/d2', { recursive: true });
    fs.rm('d1', (error3) => {
      console.log('cb dir', error3.code, error3.message);
      fs.promises.rm('d1', { recursive: true }).then(() => console.log('promise', fs.existsSync('d1')));
    });
  });
});
