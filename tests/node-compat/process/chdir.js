// process.chdir moves process.cwd(); a failed chdir throws Node's uvException naming the old cwd and the target.
const path = require('path');
const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === path.dirname(start));
process.chdir(path.basename(start) + '/');
console.log(process.cwd() === start);
process.chdir('.');
console.log(process.cwd() === start);
for (const target of ['does-not-exist', 'chdir.js', 'chdir.js/x']) {
  try {
    process.chdir(target);
    console.log('no error');
  } catch (e) {
    console.log(e instanceof Error, e.code, e.errno, e.syscall, e.path === start, e.dest);
    console.log(e.message.replace(start, '<cwd>'));
    console.log(Object.keys(e).join(','));
  }
}
for (const bad of [1, undefined, null]) {
  try {
    process.chdir(bad);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
console.log(process.cwd() === start);
