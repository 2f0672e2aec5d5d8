// res.end(cb): order of the write callback, end callback and 'finish', and the writable flags around them.
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('a', () => console.log('write callback'));
  res.on('finish', () => console.log('finish', res.writableFinished, res.writableEnded));
  res.on('close', () => console.log('res close'));
  res.end('b', () => console.log('end callback', res.writableFinished));
  console.log('after end', res.writableEnded, res.writableFinished);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('client end');
      server.close();
    });
  });
});
