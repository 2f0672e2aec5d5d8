// writeHead with a flat [name, value, ...] array and with [[name, value], ...] pairs; repeats are kept.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/flat') {
    res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Content-Type', 'text/plain']);
  } else {
    res.writeHead(202, 'Later', [['X-B', 'x'], ['X-B', 'y'], ['Content-Type', 'text/html']]);
  }
  res.end('body');
});
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      const raw = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) if (/^(x-|content-type)/i.test(res.rawHeaders[i])) raw.push(res.rawHeaders[i], res.rawHeaders[i + 1]);
      res.resume();
      res.on('end', () => resolve([res.statusCode, res.statusMessage, res.headers['x-a'], res.headers['x-b'], raw]));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/flat'));
  console.log(await get('/pairs'));
  server.close();
});
