// readdirSync lists names (including dotfiles, not . and ..), in the three styles.
const fs = require('fs');
console.log(fs.readdirSync('.').sort().join(' '));
console.log(fs.readdirSync('tree').sort().join(' '));
console.log(fs.readdirSync('tree/b/d').join(' '));
fs.mkdirSync('empty');
console.log(fs.readdirSync('empty').length);
fs.readdir('tree', (error, names) => {
  console.log('cb', error, names.sort().join(' '));
  fs.promises.readdir('tree/b').then((names2) => console.log('promise', names2.sort().join(' ')));
});
