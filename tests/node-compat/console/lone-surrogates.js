// Strings with lone surrogates have no UTF-8 form: console, stdout, Buffer
// and fs write U+FFFD for each, as Node does, instead of failing.
const fs = require('fs');
const os = require('os');
const path = require('path');
console.log('a\ud800b', 'x\udc00', '\ud83d\ude00 ok');
process.stdout.write('\ud83d!\n');
console.log(Buffer.from('\ud800').toString('hex'), Buffer.byteLength('\udc00z'), Buffer.from('a\udfffb', 'utf8'));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'surrogates-')), 'out.txt');
fs.writeFileSync(file, 'q\ud800');
console.log(fs.readFileSync(file).toString('hex'));
fs.rmSync(path.dirname(file), { recursive: true });
console.log(require('crypto').createHash('sha256').update('\ud800').digest('hex') === require('crypto').createHash('sha256').update('\ufffd').digest('hex'));
