// rename follows POSIX: files replace files, directories replace only empty directories.
const fs = require('fs');
function attempt(label, from, to) {
  try {
    fs.renameSync(from, to);
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall, error.message);
  }
}
fs.mkdirSync('emptydir');
fs.mkdirSync('full');
fs.writeFileSync('full/x.txt', 'x');
attempt('dir over non-empty dir', 'tree', 'full');
attempt('dir over file', 'tree', 'hello.txt');
attempt('file over dir', 'hello.txt', 'emptydir');
attempt('dir into itself', 'tree', 'tree/b/inside');
attempt('missing source', 'missing', 'elsewhere');
attempt('missing target parent', 'hello.txt', 'no/where.txt');
attempt('file over file', 'lines.txt', 'data.json');
console.log(JSON.stringify(fs.readFileSync('data.json', 'utf8').slice(0, 4)), fs.existsSync('lines.txt'));
attempt('dir over empty dir', 'tree', 'emptydir');
console.log(fs.readdirSync('emptydir').sort().join(' '), fs.existsSync('tree'));
attempt('same path', 'hello.txt', 'hello.txt');
attempt('link itself', 'link-to-hello.txt', 'renamed-link');
console.log(fs.readlinkSync('renamed-link'), fs.readFileSync('renamed-link', 'utf8').trim());
fs.rename('missing', 'x', (error) => {
  console.log('cb', error.code, error.message, error.path, error.dest);
  fs.promises.rename('hello.txt', 'hello2.txt').then(() => console.log('promise', fs.existsSync('hello2.txt')));
});
