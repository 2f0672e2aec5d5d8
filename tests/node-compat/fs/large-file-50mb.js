// A 50 MB file written, stat'ed and read back whole, synchronously and through promises.
const fs = require('fs');
const size = 50 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) data[i] = (i / 4096) & 255;
data[size - 1] = 0x7f;
fs.writeFileSync('big.bin', data);
console.log(fs.statSync('big.bin').size, fs.statSync('big.bin').blocks >= size / 512);
const back = fs.readFileSync('big.bin');
console.log(back.length, back[4096 * 1000], back[size - 1], back.equals(data));
const fd = fs.openSync('big.bin', 'r');
const tail = Buffer.alloc(8);
console.log(fs.readSync(fd, tail, 0, 8, size - 8), tail.toString('hex'));
fs.closeSync(fd);
fs.promises.readFile('big.bin').then((again) => {
  console.log('promise', again.length, again[4096 * 77]);
  fs.unlinkSync('big.bin');
});
