// 204 and 304 responses carry no body, Content-Length or Transfer-Encoding.
const http = require('http');
const server = http.createServer((req, res) => {
  res.statusCode = Number(req.url.slice(1));
  res.end();
});
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve([res.statusCode, res.statusMessage, res.headers['content-length'], res.headers['transfer-encoding'], bytes]));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/204'));
  console.log(await get('/304'));
  console.log(await get('/200'));
  server.close();
});
