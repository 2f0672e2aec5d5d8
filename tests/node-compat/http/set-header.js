// setHeader/getHeader/getHeaders/getHeaderNames/hasHeader/removeHeader, and what the client receives.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(res.setHeader('Content-Type', 'text/plain') === res);
  res.setHeader('X-Number', 42);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Remove-Me', 'gone');
  res.setHeader('x-number', 43);
  console.log(res.getHeader('content-type'), res.getHeader('X-NUMBER'), res.getHeader('missing'));
  console.log(res.hasHeader('X-Remove-Me'), res.hasHeader('nope'));
  res.removeHeader('x-remove-me');
  console.log(res.hasHeader('X-Remove-Me'));
  console.log(res.getHeaderNames());
  console.log(res.getHeaders());
  console.log(Object.getPrototypeOf(res.getHeaders()));
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1' }, (res) => {
    console.log(res.headers['content-type'], res.headers['x-number'], res.headers['set-cookie'], res.headers['x-remove-me']);
    console.log(res.rawHeaders.slice(0, 8));
    res.resume();
    res.on('end', () => server.close());
  });
});
