// removeHeader('Date') and sendDate = false drop the Date header; a user Content-Length or Transfer-Encoding replaces Node's own.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/no-date') {
    res.setHeader('Date', 'x');
    res.removeHeader('Date');
  } else if (req.url === '/send-date-false') {
    res.sendDate = false;
  } else if (req.url === '/own-length') {
    res.setHeader('Content-Length', 5);
    res.write('he');
  } else if (req.url === '/own-date') {
    res.setHeader('Date', 'Thu, 01 Jan 1970 00:00:00 GMT');
  }
  res.end('llo');
});
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve([path, 'date' in res.headers, res.headers['content-length'], res.headers['transfer-encoding'], body]));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const withDate = await get('/plain');
  console.log(withDate);
  console.log(await get('/no-date'));
  console.log(await get('/send-date-false'));
  console.log(await get('/own-length'));
  const own = await new Promise((resolve) => http.get({ port: server.address().port, host: '127.0.0.1', path: '/own-date' }, (res) => { res.resume(); resolve(res.headers.date); }));
  console.log(own);
  server.close();
});
