// readFile gives the same content synchronously, through a callback and through a promise.
const fs = require('fs');
const fsp = require('fs/promises');
const sync = fs.readFileSync('hello.txt', 'utf8');
console.log('sync', JSON.stringify(sync));
fs.readFile('hello.txt', 'utf8', (error, text) => {
  console.log('callback', error, JSON.stringify(text), text === sync);
  fs.readFile('hello.txt', (error2, buffer) => {
    console.log('callback buffer', error2, Buffer.isBuffer(buffer), buffer.length);
    fsp.readFile('hello.txt', { encoding: 'utf8' }).then((text2) => {
      console.log('promise', JSON.stringify(text2), text2 === sync);
      return fsp.readFile('missing.txt');
    }).catch((error3) => console.log('promise error', error3.code, error3.syscall, error3.message));
  });
});
console.log('after calls');
