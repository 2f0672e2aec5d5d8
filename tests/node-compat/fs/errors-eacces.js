// EACCES as Node reports it: asking to execute a file with no execute bit is
// refused even for root, in the three styles; adding the bit allows it.
const fs = require('fs');
fs.writeFileSync('script.sh', 'echo hi\n', { mode: 0o644 });
fs.chmodSync('script.sh', 0o644);
const show = (error) => console.log(error.code, error.errno, error.syscall, error.path, error.message);
try {
  fs.accessSync('script.sh', fs.constants.X_OK);
} catch (error) {
  show(error);
}
fs.access('script.sh', fs.constants.R_OK | fs.constants.X_OK, (error) => {
  show(error);
  fs.promises.access('script.sh', fs.constants.X_OK).catch((error) => {
    show(error);
    fs.chmodSync('script.sh', 0o755);
    fs.accessSync('script.sh', fs.constants.X_OK);
    console.log('executable now', (fs.statSync('script.sh').mode & 0o777).toString(8));
  });
});
