// createWriteStream writes chunks in order; 'finish' comes before 'close', and flags 'a' appends.
const fs = require('fs');
const out = fs.createWriteStream('out.txt');
console.log(out instanceof fs.WriteStream, out.pending);
out.on('open', () => console.log('open'));
out.write('first ');
out.write(Buffer.from('second '));
out.end('third', () => console.log('end callback'));
out.on('finish', () => console.log('finish', out.bytesWritten));
out.on('close', () => {
  console.log('close', JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
  const append = fs.createWriteStream('out.txt', { flags: 'a' });
  append.end('!');
  append.on('close', () => {
    console.log('appended', JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
    const at = fs.createWriteStream('out.txt', { flags: 'r+', start: 6 });
    at.end('SECOND');
    at.on('close', () => console.log('at start', JSON.stringify(fs.readFileSync('out.txt', 'utf8'))));
  });
});
