// Order of server 'request', handler ticks/immediates/timeouts, res 'finish'/'close', client 'response'/'data'/'end'/'close'.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server request');
  process.nextTick(() => console.log('handler nextTick'));
  Promise.resolve().then(() => console.log('handler microtask'));
  setImmediate(() => console.log('handler setImmediate'));
  res.on('finish', () => console.log('res finish'));
  res.end('body');
  console.log('after res.end');
});
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client response', res.statusCode);
    res.on('data', (chunk) => console.log('client data', String(chunk)));
    res.on('end', () => console.log('client end'));
  });
  req.on('close', () => {
    console.log('client req close');
    server.close(() => console.log('server closed'));
  });
});
