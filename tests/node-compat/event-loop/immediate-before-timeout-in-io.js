// Inside an I/O callback (http request handler), setImmediate always fires before setTimeout(0).
const http = require('http');
const server = http.createServer((req, res) => {
  setTimeout(() => {
    console.log('server timeout 0');
    res.end('ok');
  }, 0);
  setImmediate(() => console.log('server immediate'));
  process.nextTick(() => console.log('server tick'));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get('http://127.0.0.1:' + port + '/x', (res) => {
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('client got %s', body);
      server.close(() => console.log('server closed'));
    });
  });
});
