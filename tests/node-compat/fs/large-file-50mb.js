// A 50 MB file written, stat'ed and read back whole, synchronously and through promises.
const fs = require('fs');
const size = 50 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) data[i] = (i / 4096) & 255;
data[size - 1] = 0x7f;
fs.writeFileSync('big.bin', data);
console.log(fs.statSync('big.bin').size, fs.statSync('big.bin').blocks >= size / 512);
// Every 4096th byte carries the pattern (a byte loop over 50 MB would time
// the interpreter, not fs).
const pattern = (buffer) => {
  for (let i = 0; i < size; i += 4096) if (buffer[i] !== ((i / 4096) & 255)) return false;
  return buffer[1] === 0 && buffer[size - 2] === 0 && buffer[size - 1] === 0x7f;
};
const back = fs.readFileSync('big.bin');
console.log(back.length, back[4096 * 1000], back[size - 1], pattern(back));
const fd = fs.openSync('big.bin', 'r');
const tail = Buffer.alloc(8);
console.log(fs.readSync(fd, tail, 0, 8, size - 8), tail.toString('hex'));
fs.closeSync(fd);
fs.promises.readFile('big.bin').then((again) => {
  console.log('promise', again.length, again[4096 * 77], pattern(again));
  fs.unlinkSync('big.bin');
});
