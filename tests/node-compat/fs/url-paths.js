// fs functions take file: URL objects as paths (sync, callback, promises, streams); non-file URLs, hosts and encoded slashes fail as in Node.
'use strict';

const fs = require('fs');
const { pathToFileURL } = require('url');

const here = pathToFileURL(`${process.cwd()}/`);
const hello = new URL('hello.txt', here);
console.log(hello.href.replace(here.href, '<here>/'));
console.log(fs.readFileSync(hello, 'utf8').trim());
console.log(fs.existsSync(hello), fs.existsSync(new URL('missing.txt', here)), fs.statSync(hello).isFile());
console.log(fs.readdirSync(new URL('tree/', here)).sort().join(','));

const spaced = new URL('with%20space.txt', here);
fs.writeFileSync(spaced, 'spaced');
console.log(fs.readdirSync('.').includes('with space.txt'), fs.readFileSync('with space.txt', 'utf8'));
fs.appendFileSync(spaced, '+more');
fs.renameSync(spaced, new URL('caf%C3%A9.txt', here));
console.log(fs.readFileSync('café.txt', 'utf8'));
fs.mkdirSync(new URL('made/deeper/', here), { recursive: true });
console.log(fs.statSync('made/deeper').isDirectory());
fs.rmSync(new URL('made', here), { recursive: true });
console.log(fs.existsSync('made'));

for (const bad of [new URL('http://example.com/x'), new URL('file://remote.host/x'), new URL('a%2fb', here),
  new URL('a%2Fb', here), { href: 'file:///x', protocol: 'file:', hostname: 'h', pathname: '/x' }]) {
  try {
    fs.readFileSync(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message.replace(process.cwd(), '<cwd>'));
  }
}
try {
  fs.readFileSync(new URL('missing.txt', here));
} catch (error) {
  console.log(error.code, error.syscall, error.path.replace(process.cwd(), '<cwd>'));
}

fs.readFile(hello, 'utf8', (error, text) => {
  console.log('callback', error, text.trim());
  fs.promises.readFile(hello, 'utf8').then((content) => {
    console.log('promise', content.trim());
    const chunks = [];
    fs.createReadStream(hello, 'utf8').on('data', (chunk) => chunks.push(chunk)).on('end', () => {
      console.log('stream', chunks.join('').trim());
    });
  });
});
