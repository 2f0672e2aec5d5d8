// writeFileSync's flag option: w truncates, wx refuses an existing file, a appends, r+ needs the file.
const fs = require('fs');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok', JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
attempt('r+ missing', () => fs.writeFileSync('out.txt', 'x', { flag: 'r+' }));
attempt('wx new', () => fs.writeFileSync('out.txt', 'first', { flag: 'wx' }));
attempt('wx again', () => fs.writeFileSync('out.txt', 'second', { flag: 'wx' }));
attempt('w', () => fs.writeFileSync('out.txt', 'abc'));
attempt('a', () => fs.writeFileSync('out.txt', 'def', { flag: 'a' }));
attempt('ax', () => fs.writeFileSync('out.txt', 'ghi', { flag: 'ax' }));
attempt('r+', () => fs.writeFileSync('out.txt', 'XY', { flag: 'r+' }));
attempt('a+', () => fs.writeFileSync('out.txt', '!', { flag: 'a+' }));
attempt('w+', () => fs.writeFileSync('out.txt', 'new', { flag: 'w+' }));
attempt('bad flag', () => fs.writeFileSync('out.txt', 'x', { flag: 'q' }));
attempt('dir', () => fs.writeFileSync('tree', 'x'));
attempt('missing parent', () => fs.writeFileSync('nope/out.txt', 'x'));
