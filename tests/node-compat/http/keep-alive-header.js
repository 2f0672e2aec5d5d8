// The Connection and Keep-Alive headers a response gets: from server.keepAliveTimeout, a response's own Connection header, or a request's Connection: close.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/close') res.setHeader('Connection', 'close');
  res.end();
});
function get(path, headers) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path, headers }, (res) => {
      console.log(path, server.keepAliveTimeout, res.headers.connection, res.headers['keep-alive']);
      res.resume();
      res.on('end', resolve);
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  await get('/default');
  server.keepAliveTimeout = 2500;
  await get('/rounded-down');
  server.keepAliveTimeout = 0;
  await get('/zero');
  server.keepAliveTimeout = 7000;
  await get('/close');
  await get('/request-close', { Connection: 'close' });
  server.close();
});
