// writeHead with an out-of-range status throws ERR_HTTP_INVALID_STATUS_CODE, as does ending with a bad statusCode.
const http = require('http');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.code, err.name, err.message);
  }
}
const server = http.createServer((req, res) => {
  attempt('99', () => res.writeHead(99));
  attempt('1000', () => res.writeHead(1000));
  attempt('string', () => res.writeHead('abc'));
  console.log('headersSent', res.headersSent);
  res.statusCode = 42;
  attempt('end with 42', () => res.end('x'));
  console.log('headersSent', res.headersSent);
  res.statusCode = 299;
  res.end('fine');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.statusCode, res.statusMessage);
    res.resume();
    res.on('end', () => server.close());
  });
});
