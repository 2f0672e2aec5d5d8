// Order of the request body's 'data'/'end' in the handler relative to its nextTick and setImmediate.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('request');
  process.nextTick(() => console.log('nextTick'));
  setImmediate(() => console.log('setImmediate'));
  req.on('data', (c) => console.log('data', String(c)));
  req.on('end', () => {
    console.log('end');
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    res.resume();
    res.on('end', () => server.close(() => console.log('closed')));
  });
  req.end('payload');
});
