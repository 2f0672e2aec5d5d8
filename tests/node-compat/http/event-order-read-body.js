// A body read before answering: 'data', 'end', then 'finish', the response's 'close' before the request's, then the client's events.
const http = require('http');
const server = http.createServer((req, res) => {
  process.nextTick(() => console.log('handler nextTick'));
  req.on('data', (chunk) => console.log('req data', String(chunk)));
  req.on('end', () => {
    console.log('req end', req.complete);
    process.nextTick(() => console.log('end nextTick'));
    res.end('done');
  });
  req.on('close', () => console.log('req close'));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    console.log('client response', res.statusCode);
    process.nextTick(() => console.log('response nextTick'));
    res.on('data', (chunk) => console.log('client data', String(chunk)));
    res.on('end', () => console.log('client end'));
    res.on('close', () => {
      console.log('client res close');
      server.close(() => console.log('server closed'));
    });
  });
  req.on('close', () => console.log('client req close'));
  req.end('payload');
});
