// cp copies a symlink as a link to its resolved target, verbatim on request, or its target with dereference.
const fs = require('fs');
fs.cpSync('link-to-hello.txt', 'copied-link');
console.log(fs.lstatSync('copied-link').isSymbolicLink(), fs.readlinkSync('copied-link'));
fs.cpSync('link-to-hello.txt', 'verbatim-link', { verbatimSymlinks: true });
console.log(fs.readlinkSync('verbatim-link'));
fs.cpSync('link-to-hello.txt', 'dereferenced', { dereference: true });
console.log(fs.lstatSync('dereferenced').isFile(), fs.readFileSync('dereferenced', 'utf8').trim());
fs.mkdirSync('holder');
fs.symlinkSync('../tree/a.txt', 'holder/rel-link');
fs.cpSync('holder', 'holder-copy', { recursive: true });
console.log(fs.readlinkSync('holder-copy/rel-link'), fs.readFileSync('holder-copy/rel-link', 'utf8').trim());
try {
  fs.cpSync('hello.txt', 'x', { dereference: true, verbatimSymlinks: true });
} catch (error) {
  console.log(error.code, error.message);
}
