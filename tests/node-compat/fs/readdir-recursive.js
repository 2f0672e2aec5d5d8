// readdir with recursive lists every path below the directory, relative to it.
const fs = require('fs');
console.log(fs.readdirSync('tree', { recursive: true }).sort().join(' '));
fs.readdir('tree', { recursive: true }, (error, names) => {
  console.log('cb', error, names.sort().join(' '));
  fs.promises.readdir('tree', { recursive: true }).then((names2) => console.log('promise', names2.sort().join(' ')));
});
