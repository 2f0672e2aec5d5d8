// A basic http server/client round trip: handler sees method and url, client gets status, header-set body and close callback runs.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server %s %s', req.method, req.url);
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello ' + req.url);
});
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  http.get('http://127.0.0.1:' + server.address().port + '/path?q=1', (res) => {
    console.log('status %d', res.statusCode);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => {
      console.log('body %s', body);
      server.close(() => console.log('closed'));
    });
  });
});
process.on('exit', (code) => console.log('exit %d', code));
