// Reading a directory as a file fails with EISDIR in every style.
const fs = require('fs');
for (const options of [undefined, 'utf8']) {
  try {
    fs.readFileSync('tree', options);
  } catch (error) {
    console.log('sync', options, error.code, error.syscall, error.errno);
  }
}
fs.readFile('tree', (error) => {
  console.log('callback', error.code, error.errno);
  fs.promises.readFile('tree', 'utf8').catch((error2) => console.log('promise', error2.code, error2.errno));
});
