// A HEAD request gets the headers (no Content-Length or chunked framing, as there is no body) and no body bytes.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server', req.method);
  res.setHeader('Content-Type', 'text/plain');
  res.end('this body is not sent');
});
server.listen(0, '127.0.0.1', () => {
  http.request({ port: server.address().port, host: '127.0.0.1', method: 'HEAD' }, (res) => {
    console.log(res.statusCode, res.headers['content-type'], res.headers['content-length'], res.headers['transfer-encoding']);
    let bytes = 0;
    res.on('data', (c) => (bytes += c.length));
    res.on('end', () => {
      console.log('body bytes', bytes);
      server.close();
    });
  }).end();
});
