// Paths may be Buffers or file: URL objects (recognised by shape), and are reported as strings.
const fs = require('fs');
const path = require('path');
const abs = path.join(process.cwd(), 'hello.txt');
const fileUrl = (pathname) => ({ href: `file://${pathname}`, protocol: 'file:', hostname: '', pathname });
console.log(fs.readFileSync(Buffer.from('hello.txt'), 'utf8').trim());
console.log(fs.readFileSync(fileUrl(abs), 'utf8').trim());
console.log(fs.existsSync(fileUrl(abs)), fs.statSync(fileUrl(path.join(process.cwd(), 'tree'))).isDirectory());
console.log(fs.readFileSync(fileUrl(path.join(process.cwd(), 'h%65llo.txt')), 'utf8').trim());
for (const [label, url] of [
  ['http', { href: 'http://x/y', protocol: 'http:', hostname: 'x', pathname: '/y' }],
  ['host', { href: 'file://server/y', protocol: 'file:', hostname: 'server', pathname: '/y' }],
  ['encoded slash', fileUrl('/a%2Fb')],
]) {
  try {
    fs.statSync(url);
  } catch (error) {
    console.log(label, error.code, error.message);
  }
}
try {
  fs.statSync(Buffer.from('missing'));
} catch (error) {
  console.log(typeof error.path, error.path, error.message);
}
fs.writeFileSync(Buffer.from('buffer-written.txt'), 'ok');
console.log(fs.readdirSync('.').includes('buffer-written.txt'));
