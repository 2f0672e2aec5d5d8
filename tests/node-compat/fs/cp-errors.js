// The errors of cpSync and of fs.cp / fs.promises.cp differ in Node 24: cpSync's path checks are native and throw
// plain Errors with only a code (and a separator after a directory source), while the async forms throw SystemErrors
// with syscall 'cp' and a positive errno. cpSync also refuses a directory before making the destination's parent.
// (Node 24's cpSync cannot tell './tree' into 'tree/b' apart from a fresh copy and recurses until it aborts: not pinned.)
const fs = require('fs');
const describe = (error) => error ?
  [error.name, error.code, error.syscall, error.errno, error.path, JSON.stringify(error.message)].join(' ') : 'ok';
const cases = [
  ['no recursive', 'tree', 'new-parent/copy', {}],
  ['into itself', 'tree', 'tree/b/inner', { recursive: true }],
  ['same', 'hello.txt', 'hello.txt', {}],
  ['dir over file', 'tree', 'hello.txt', { recursive: true }],
  ['file over dir', 'hello.txt', 'tree', { recursive: true }],
  ['exists', 'hello.txt', 'data.json', { force: false, errorOnExist: true }],
  ['missing', 'missing', 'x', {}],
];
for (const [label, src, dest, options] of cases) {
  let error = null;
  try {
    fs.cpSync(src, dest, options);
  } catch (caught) {
    error = caught;
  }
  console.log('sync', label, describe(error), fs.existsSync('new-parent'));
}
fs.mkdirSync('nested-src/inner', { recursive: true });
fs.writeFileSync('nested-src/inner/f.txt', 'new');
fs.mkdirSync('nested-dest/inner', { recursive: true });
fs.writeFileSync('nested-dest/inner/f.txt', 'old');
for (const filter of [undefined, () => true]) {
  try {
    fs.cpSync('nested-src', 'nested-dest', { recursive: true, force: false, errorOnExist: true, filter });
    console.log('sync nested exists ok');
  } catch (error) {
    console.log('sync nested exists', filter ? 'filter' : 'no filter', describe(error));
  }
}
(async () => {
  for (const [label, src, dest, options] of cases) {
    const error = await fs.promises.cp(src, dest, options).then(() => null, (caught) => caught);
    console.log('promise', label, describe(error), fs.existsSync('new-parent'));
  }
  fs.cp('tree', 'tree/b/inner', { recursive: true }, (error) => {
    console.log('callback', describe(error));
    fs.promises.cp('nested-src', 'nested-dest', { recursive: true, force: false, errorOnExist: true })
      .catch((caught) => console.log('promise nested exists', describe(caught)));
  });
})();
