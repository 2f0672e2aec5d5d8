// Each request method reaches the handler as sent, and the server counts requests across sequential requests.
const http = require('http');
let count = 0;
const server = http.createServer((req, res) => {
  count++;
  res.setHeader('X-Method', req.method);
  res.end(`${count}:${req.method}`);
});
function send(method) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method, path: '/m' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(`${res.headers['x-method']} ${body}`));
    });
    req.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) console.log(await send(method));
  server.close(() => console.log('total', count));
});
