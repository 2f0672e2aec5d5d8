// cp copies a symlink as a link to its resolved target, verbatim on request, or its target with dereference.
// The dereference case uses fs.promises.cp: Node 24's native cpSync check (cpSyncCheckPaths) takes any symlink
// for a directory when `dereference` is set, so cpSync of a link to a file throws ERR_FS_EISDIR there, a Node bug
// this suite does not pin.
const fs = require('fs');
fs.cpSync('link-to-hello.txt', 'copied-link');
console.log(fs.lstatSync('copied-link').isSymbolicLink(), fs.readlinkSync('copied-link'));
fs.cpSync('link-to-hello.txt', 'verbatim-link', { verbatimSymlinks: true });
console.log(fs.readlinkSync('verbatim-link'));
fs.mkdirSync('holder');
fs.symlinkSync('../tree/a.txt', 'holder/rel-link');
fs.cpSync('holder', 'holder-copy', { recursive: true });
console.log(fs.readlinkSync('holder-copy/rel-link'), fs.readFileSync('holder-copy/rel-link', 'utf8').trim());
try {
  fs.cpSync('hello.txt', 'x', { dereference: true, verbatimSymlinks: true });
} catch (error) {
  console.log(error.code, error.message);
}
fs.promises.cp('link-to-hello.txt', 'dereferenced', { dereference: true }).then(() => {
  console.log(fs.lstatSync('dereferenced').isFile(), fs.readFileSync('dereferenced', 'utf8').trim());
  return fs.promises.cp('holder', 'holder-deref', { recursive: true, dereference: true });
}).then(() => {
  console.log(fs.lstatSync('holder-deref/rel-link').isFile(), fs.readFileSync('holder-deref/rel-link', 'utf8').trim());
});
