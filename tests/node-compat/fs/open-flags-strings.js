// open's flag strings and numbers decide creation, truncation, exclusivity and appending.
const fs = require('fs');
function attempt(label, path, flags) {
  try {
    const fd = fs.openSync(path, flags);
    fs.closeSync(fd);
    console.log(label, 'ok', fs.existsSync(path) ? fs.statSync(path).size : 'absent');
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
attempt('r missing', 'a.txt', 'r');
attempt('r+ missing', 'a.txt', 'r+');
attempt('w creates', 'a.txt', 'w');
fs.writeFileSync('a.txt', 'content');
attempt('r keeps', 'a.txt', 'r');
attempt('a keeps', 'a.txt', 'a');
attempt('wx exists', 'a.txt', 'wx');
attempt('ax exists', 'a.txt', 'ax');
attempt('xw+ new', 'b.txt', 'xw+');
attempt('w truncates', 'a.txt', 'w');
attempt('numeric', 'c.txt', fs.constants.O_CREAT | fs.constants.O_WRONLY);
attempt('numeric excl', 'c.txt', fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY);
attempt('directory r', 'tree', 'r');
attempt('directory w', 'tree', 'w');
attempt('through file', 'hello.txt/x', 'r');
attempt('bad flag', 'a.txt', 'rw');
attempt('bad type', 'a.txt', true);
const fd = fs.openSync('hello.txt', 'a+');
fs.writeSync(fd, 'tail', 0);
const buffer = Buffer.alloc(4);
fs.readSync(fd, buffer, 0, 4, 0);
fs.closeSync(fd);
console.log(buffer.toString(), JSON.stringify(fs.readFileSync('hello.txt', 'utf8')));
const mode = fs.openSync('m.txt', 'w', 0o640);
fs.closeSync(mode);
console.log((fs.statSync('m.txt').mode & 0o777).toString(8));
