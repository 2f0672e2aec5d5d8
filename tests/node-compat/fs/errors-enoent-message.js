// System errors carry errno, code, syscall, path (and dest) and a message built from them.
const fs = require('fs');
function show(label, fn) {
  try {
    fn();
  } catch (error) {
    console.log(label, error instanceof Error, error.name, error.constructor === Error);
    console.log(' ', error.message);
    console.log(' ', error.errno, error.code, error.syscall, error.path, error.dest);
    console.log(' ', Object.keys(error).sort().join(','));
  }
}
show('open', () => fs.openSync('missing.txt', 'r'));
show('readFile', () => fs.readFileSync('missing.txt'));
show('stat', () => fs.statSync('no/such/file'));
show('rename', () => fs.renameSync('missing', 'other'));
show('copyFile', () => fs.copyFileSync('missing', 'other'));
show('link', () => fs.linkSync('missing', 'other'));
show('symlink', () => fs.symlinkSync('target', 'tree'));
show('buffer path', () => fs.statSync(Buffer.from('missing-buffer')));
fs.stat('missing-async', (error) => {
  console.log('async', error.message, error.errno, error.code, error.syscall, error.path);
});
