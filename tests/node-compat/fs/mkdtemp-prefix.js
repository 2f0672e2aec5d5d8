// mkdtemp appends six random characters to the prefix and creates that directory.
const fs = require('fs');
const path = require('path');
const made = fs.mkdtempSync('tmp-');
console.log(/^tmp-[A-Za-z0-9]{6}$/.test(made), fs.statSync(made).isDirectory(), (fs.statSync(made).mode & 0o777).toString(8));
const nested = fs.mkdtempSync(path.join('tree', 'x'));
console.log(/^tree\/x[A-Za-z0-9]{6}$/.test(nested));
console.log(fs.mkdtempSync('tmp-') !== made);
const buffer = fs.mkdtempSync('buf-', { encoding: 'buffer' });
console.log(Buffer.isBuffer(buffer), buffer.length);
try {
  fs.mkdtempSync('missing/dir/x');
} catch (error) {
  console.log(error.code, error.syscall, error.message.replace(/[A-Za-z0-9]{6}'$/, "XXXXXX'"));
}
try {
  fs.mkdtempSync(42);
} catch (error) {
  console.log(error.code, error.message);
}
fs.mkdtemp('cb-', (error, dir) => {
  console.log('cb', error, dir.length, fs.existsSync(dir));
  fs.promises.mkdtemp('p-').then((dir2) => console.log('promise', dir2.startsWith('p-'), dir2.length));
});
