// Streams over an existing fd (autoClose false keeps it open); a missing file emits an open error.
const fs = require('fs');
const fd = fs.openSync('hello.txt', 'r');
const parts = [];
const stream = fs.createReadStream(null, { fd, autoClose: false, start: 0 });
stream.on('data', (chunk) => parts.push(chunk.toString()));
stream.on('end', () => {
  console.log('read through fd', JSON.stringify(parts.join('')));
  console.log('fd still open', fs.fstatSync(fd).size);
  fs.closeSync(fd);
  const missing = fs.createReadStream('missing.txt');
  missing.on('error', (error) => {
    console.log('error', error.code, error.syscall, error.message);
  });
  missing.on('close', () => {
    console.log('close after error');
    try {
      fs.createReadStream('hello.txt', { start: 5, end: 2 });
    } catch (error) {
      console.log(error.code, error.message);
    }
    try {
      fs.createWriteStream('x.txt', { fd: 'nope' });
    } catch (error) {
      console.log(error.code);
    }
  });
});
