// A body the handler never reads: after 'finish' the response closes, then the request is dumped ('end', 'close'); then the client's events.
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('end', () => console.log('req end'));
  req.on('close', () => console.log('req close'));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close', res.destroyed));
  process.nextTick(() => console.log('handler nextTick'));
  setImmediate(() => console.log('handler setImmediate'));
  res.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    console.log('client response');
    res.on('data', () => console.log('client data'));
    res.on('end', () => console.log('client end'));
    res.on('close', () => {
      console.log('client res close');
      server.close();
    });
  });
  req.on('finish', () => console.log('client req finish'));
  req.on('close', () => console.log('client req close'));
  req.end('body');
});
