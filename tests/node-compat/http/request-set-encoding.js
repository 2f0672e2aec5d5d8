// req.setEncoding('utf8') makes 'data' chunks strings, including multi-byte characters.
const http = require('http');
const server = http.createServer((req, res) => {
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => {
    console.log('chunk type', typeof chunk);
    body += chunk;
  });
  req.on('end', () => {
    console.log('body', body, body.length);
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'PUT', path: '/' }, (res) => {
    console.log('status', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
  req.end('héllo ✓ wörld');
});
