// readFileSync returns a Buffer without an encoding and a string in each named encoding.
const fs = require('fs');
const raw = fs.readFileSync('utf8.txt');
console.log(Buffer.isBuffer(raw), raw.length);
for (const encoding of ['utf8', 'utf-8', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', 'utf16le', 'ucs2']) {
  console.log(encoding, JSON.stringify(fs.readFileSync('utf8.txt', encoding)));
}
console.log(JSON.stringify(fs.readFileSync('utf8.txt', { encoding: 'hex', flag: 'r' })));
const bin = fs.readFileSync('binary.bin');
console.log(bin.length, bin[0], bin[255], fs.readFileSync('binary.bin', 'base64').length);
console.log(JSON.stringify(fs.readFileSync('empty.txt', 'utf8')), fs.readFileSync('empty.txt').length);
try {
  fs.readFileSync('hello.txt', 'no-such-encoding');
} catch (error) {
  console.log(error.code, error.message);
}
