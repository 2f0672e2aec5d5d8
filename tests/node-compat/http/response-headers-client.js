// How the client folds repeated response headers: joined, set-cookie arrays, duplicates of single-value headers dropped.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('X-Multi', ['a', 'b', 'c']);
  res.setHeader('Set-Cookie', ['s=1; Path=/', 't=2']);
  res.setHeader('Content-Type', ['text/plain', 'text/html']);
  res.setHeader('Location', ['/first', '/second']);
  res.setHeader('X-Mixed-Case', 'v');
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    const { date, connection, 'keep-alive': ka, ...rest } = res.headers;
    console.log(rest);
    res.resume();
    res.on('end', () => server.close());
  });
});
