// createReadStream reads the inclusive start..end range in highWaterMark chunks, decoded if asked.
const fs = require('fs');
const chunks = [];
const stream = fs.createReadStream('lines.txt', { start: 4, end: 12, highWaterMark: 4 });
console.log(stream instanceof fs.ReadStream, stream.path, stream.pending, stream.bytesRead);
stream.on('open', (fd) => console.log('open', typeof fd));
stream.on('ready', () => console.log('ready'));
stream.on('data', (chunk) => chunks.push(JSON.stringify(chunk.toString())));
stream.on('end', () => console.log('end', chunks.join(' '), stream.bytesRead));
stream.on('close', () => {
  console.log('close', stream.destroyed);
  const text = [];
  fs.createReadStream('utf8.txt', { encoding: 'utf8', highWaterMark: 3 })
    .on('data', (piece) => text.push(typeof piece))
    .on('end', () => console.log('utf8', text.length > 1, text.every((t) => t === 'string')));
});
