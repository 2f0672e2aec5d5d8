// fs/promises rejects with the same system errors as the other styles, and with argument errors.
const fsp = require('fs/promises');
const attempts = [
  ['stat', () => fsp.stat('missing')],
  ['lstat', () => fsp.lstat('missing')],
  ['readFile', () => fsp.readFile('tree')],
  ['open', () => fsp.open('missing')],
  ['mkdir', () => fsp.mkdir('tree')],
  ['rmdir', () => fsp.rmdir('tree')],
  ['rm', () => fsp.rm('tree')],
  ['unlink', () => fsp.unlink('tree')],
  ['rename', () => fsp.rename('missing', 'x')],
  ['realpath', () => fsp.realpath('missing')],
  ['readlink', () => fsp.readlink('hello.txt')],
  ['symlink', () => fsp.symlink('x', 'hello.txt')],
  ['link', () => fsp.link('missing', 'x')],
  ['access', () => fsp.access('missing')],
  ['copyFile', () => fsp.copyFile('missing', 'x')],
  ['truncate', () => fsp.truncate('missing')],
  ['utimes', () => fsp.utimes('missing', 1, 1)],
  ['chmod', () => fsp.chmod('missing', 0o644)],
  ['bad path', () => fsp.stat(42)],
  ['bad flag', () => fsp.open('hello.txt', 'nope')],
  ['bad data', () => fsp.writeFile('x', 42)],
];
(async () => {
  for (const [label, fn] of attempts) {
    try {
      const promise = fn();
      console.log(label, promise instanceof Promise);
      await promise;
      console.log(label, 'resolved');
    } catch (error) {
      console.log(label, error.code, error.syscall, error.message);
    }
  }
})();
