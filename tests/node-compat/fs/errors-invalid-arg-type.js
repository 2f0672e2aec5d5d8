// Arguments are validated before any work, with Node's error codes and messages.
const fs = require('fs');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}
show('path number', () => fs.readFileSync(true));
show('path object', () => fs.statSync({}));
show('path null byte', () => fs.statSync('a\u0000b'));
show('buffer null byte', () => fs.statSync(Buffer.from([97, 0])));
show('path undefined', () => fs.mkdirSync());
show('options number', () => fs.readFileSync('hello.txt', 42));
show('bad encoding', () => fs.readdirSync('.', 'nope'));
show('rename dest', () => fs.renameSync('hello.txt', 5));
show('copy src', () => fs.copyFileSync(null, 'x'));
show('symlink type', () => fs.symlinkSync('a', 'b', 'wrong'));
show('write data', () => fs.writeSync(1, {}));
show('readv buffers', () => fs.readvSync(0, 'no'));
show('recursive', () => fs.readdirSync('.', { recursive: 1 }));
show('rm retry', () => fs.rmSync('hello.txt', { maxRetries: -1 }));
show('mode string', () => fs.openSync('hello.txt', 'r', '9'));
