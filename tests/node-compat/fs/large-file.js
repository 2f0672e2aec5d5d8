// A 50 MB file: written, appended to, read whole, streamed and hashed, with
// the other files of the directory untouched.
const fs = require('fs');
const crypto = require('crypto');
const size = 50 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) data[i] = (i / 4096) & 0xff;
fs.writeFileSync('big.bin', data);
fs.appendFileSync('big.bin', 'tail');
const back = fs.readFileSync('big.bin');
console.log(back.length, fs.statSync('big.bin').size, back.subarray(0, size).equals(data), back.toString('latin1', size));
console.log(crypto.createHash('sha256').update(back).digest('hex'));
let streamed = 0;
let chunks = 0;
const hash = crypto.createHash('sha256');
fs.createReadStream('big.bin', { highWaterMark: 1024 * 1024 })
  .on('data', (chunk) => {
    streamed += chunk.length;
    chunks += 1;
    hash.update(chunk);
  })
  .on('end', () => {
    console.log('streamed', streamed, chunks, hash.digest('hex'));
    console.log(fs.readFileSync('hello.txt', 'utf8').trim());
    fs.unlinkSync('big.bin');
    console.log(fs.existsSync('big.bin'));
  });
