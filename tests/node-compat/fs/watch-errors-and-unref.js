// fs.watch of a missing path throws ENOENT (syscall watch); an unref'd watcher lets the process end.
const fs = require('fs');
try {
  fs.watch('missing');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.watch(42);
} catch (error) {
  console.log(error.code);
}
const watcher = fs.watch('tree', { persistent: false });
console.log(watcher.unref() === watcher, watcher.ref() === watcher);
watcher.unref();
process.on('exit', () => console.log('exited with the watcher open'));
