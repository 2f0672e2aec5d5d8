// writeHead(status, headers) and writeHead(status, reason, headers): status line and headers seen by the client.
const http = require('http');
let n = 0;
const server = http.createServer((req, res) => {
  n++;
  if (req.url === '/created') {
    console.log(res.writeHead(201, { 'Content-Type': 'application/json', 'X-Id': 7 }) === res);
    console.log(res.statusCode, res.statusMessage, res.headersSent, res.getHeader('x-id'));
    res.end('{}');
  } else if (req.url === '/reason') {
    res.writeHead(404, 'Nothing Here', { 'X-Why': 'because' });
    console.log(res.statusCode, res.statusMessage);
    res.end('missing');
  } else {
    res.statusMessage = 'Custom OK';
    res.writeHead(200);
    res.end();
  }
});
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve([res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['x-id'], res.headers['x-why'], res.headers['content-length'], body]));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/created'));
  console.log(await get('/reason'));
  console.log(await get('/plain'));
  server.close(() => console.log('requests', n));
});
