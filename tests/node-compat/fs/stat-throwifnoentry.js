// statSync and lstatSync with throwIfNoEntry: false return undefined for a missing entry.
const fs = require('fs');
console.log(fs.statSync('missing', { throwIfNoEntry: false }));
console.log(fs.lstatSync('missing', { throwIfNoEntry: false }));
console.log(fs.statSync('hello.txt', { throwIfNoEntry: false }).isFile());
try {
  fs.statSync('missing');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.lstatSync('missing');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
try {
  fs.statSync('hello.txt/inner');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
