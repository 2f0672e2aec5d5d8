// unlink removes files and links (not their targets) and refuses directories.
const fs = require('fs');
fs.unlinkSync('link-to-hello.txt');
console.log(fs.existsSync('link-to-hello.txt'), fs.existsSync('hello.txt'));
for (const target of ['tree', 'missing', 'hello.txt/x']) {
  try {
    fs.unlinkSync(target);
  } catch (error) {
    console.log(error.code, error.syscall, error.message);
  }
}
fs.unlink('empty.txt', function (error) {
  console.log('cb', error, arguments.length, fs.existsSync('empty.txt'));
  fs.promises.unlink('empty.txt').catch((error2) => console.log('promise', error2.code, error2.message));
});
