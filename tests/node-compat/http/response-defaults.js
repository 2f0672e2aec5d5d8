// res.end(body) defaults: 200 OK, Content-Length, keep-alive headers, headersSent and finished flags.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('before', res.statusCode, res.statusMessage, res.headersSent, res.writableEnded, res.finished);
  res.end('hello world');
  console.log('after', res.statusCode, res.statusMessage, res.headersSent, res.writableEnded, res.finished);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get(`http://127.0.0.1:${port}/`, (res) => {
    console.log(res.statusCode, res.statusMessage, res.httpVersion);
    const { date, ...rest } = res.headers;
    console.log(rest, typeof date);
    console.log(res.rawHeaders.filter((v, i, a) => a[i] !== 'Date' && a[i - 1] !== 'Date'));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => (body += c));
    res.on('end', () => {
      console.log(body);
      server.close();
    });
  });
});
