// existsSync, exists and access: booleans for presence, errors from access with codes.
const fs = require('fs');
console.log(fs.existsSync('hello.txt'), fs.existsSync('tree'), fs.existsSync('missing'), fs.existsSync(''));
console.log(fs.existsSync(123), fs.existsSync(undefined), fs.existsSync(Buffer.from('hello.txt')));
console.log(fs.existsSync('hello.txt/child'), fs.existsSync('link-to-hello.txt'));
fs.accessSync('hello.txt');
fs.accessSync('hello.txt', fs.constants.R_OK | fs.constants.W_OK);
try {
  fs.accessSync('missing.txt', fs.constants.F_OK);
} catch (error) {
  console.log(error.code, error.syscall, error.errno, error.message);
}
fs.exists('hello.txt', (present) => {
  console.log('exists cb', present);
  fs.exists('missing', (present2) => {
    console.log('exists cb missing', present2);
    fs.access('missing', (error) => {
      console.log('access cb', error.code);
      fs.promises.access('hello.txt').then((value) => console.log('access promise', value));
    });
  });
});
