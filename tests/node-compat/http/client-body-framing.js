// What the server receives of a client body: Content-Length for end(data), chunked after write(), nothing for GET/DELETE/OPTIONS without a length.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    console.log(req.method, JSON.stringify(body), req.headers['content-length'], req.headers['transfer-encoding']);
    res.end();
  });
});
const cases = [
  ['GET', (r) => r.end()],
  ['POST', (r) => r.end()],
  ['POST', (r) => r.end('abc')],
  ['POST', (r) => r.end(Buffer.from('bytes'))],
  ['POST', (r) => { r.write('a'); r.end('b'); }],
  ['PUT', (r) => { r.setHeader('Content-Length', 2); r.write('a'); r.end('b'); }],
  ['DELETE', (r) => r.end()],
  ['DELETE', (r) => { r.setHeader('Content-Length', 3); r.end('del'); }],
  ['PATCH', (r) => { r.write(''); r.end(); }],
  ['OPTIONS', (r) => r.end()],
];
server.listen(0, '127.0.0.1', async () => {
  for (const [method, send] of cases) {
    await new Promise((resolve) => {
      const req = http.request({ port: server.address().port, host: '127.0.0.1', method }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      send(req);
    });
  }
  server.close();
});
