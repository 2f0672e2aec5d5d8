// Edge paths: empty strings, trailing slashes, dot segments and the root.
const fs = require('fs');
function show(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined ? '' : result);
  } catch (error) {
    console.log(label, error.code, error.syscall, JSON.stringify(error.message), JSON.stringify(error.path));
  }
}
show('read empty', () => fs.readFileSync(''));
show('stat empty', () => fs.statSync(''));
show('exists empty', () => fs.existsSync(''));
show('mkdir trailing slash', () => fs.mkdirSync('newdir/'));
show('stat dir trailing slash', () => fs.statSync('newdir/').isDirectory());
show('stat file trailing slash', () => fs.statSync('hello.txt/'));
show('open file trailing slash', () => fs.openSync('hello.txt/', 'r'));
show('write new file trailing slash', () => fs.writeFileSync('brand-new/', 'x'));
show('dot segments', () => fs.readFileSync('./tree/../tree/./a.txt', 'utf8').trim());
show('double slash', () => fs.readFileSync('tree//b///c.txt', 'utf8').trim());
show('root is a directory', () => fs.statSync('/').isDirectory());
show('root parent', () => fs.statSync('/..').isDirectory());
show('readdir dot', () => fs.readdirSync('./tree/.').sort().join(','));
show('rmdir dot', () => fs.rmdirSync('newdir/.'));
show('link to symlink dir with slash', () => fs.lstatSync('link-to-b/').isSymbolicLink());
fs.rename('', 'x', (error) => {
  console.log('rename cb', JSON.stringify(error.message), JSON.stringify(error.path), JSON.stringify(error.dest));
});
