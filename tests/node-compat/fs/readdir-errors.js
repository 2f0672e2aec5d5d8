// readdir of a missing path or of a file fails with scandir errors.
const fs = require('fs');
for (const target of ['missing', 'hello.txt']) {
  try {
    fs.readdirSync(target);
  } catch (error) {
    console.log(error.code, error.syscall, error.errno, error.path, error.message);
  }
}
fs.readdir('missing', (error) => {
  console.log('cb', error.code, error.message);
  fs.promises.readdir('hello.txt').catch((error2) => console.log('promise', error2.code, error2.message));
});
