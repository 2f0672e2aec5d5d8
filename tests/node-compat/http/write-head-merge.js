// Headers set with setHeader merge with writeHead's object headers, which win on conflict.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('X-Kept', 'kept');
  res.setHeader('X-Over', 'from-setHeader');
  res.writeHead(200, { 'X-Over': 'from-writeHead', 'X-New': 'new' });
  console.log(res.getHeader('x-over'), res.getHeader('x-kept'), res.getHeader('x-new'));
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log(res.headers['x-kept'], res.headers['x-over'], res.headers['x-new']);
    res.resume();
    res.on('end', () => server.close());
  });
});
