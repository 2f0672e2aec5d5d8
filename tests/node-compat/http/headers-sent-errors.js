// After headers are sent, setHeader/removeHeader/appendHeader/writeHead throw ERR_HTTP_HEADERS_SENT.
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
  res.write('first');
  console.log('headersSent', res.headersSent);
  attempt('setHeader', () => res.setHeader('X-Late', '1'));
  attempt('removeHeader', () => res.removeHeader('X-Late'));
  attempt('appendHeader', () => res.appendHeader('X-Late', '1'));
  attempt('writeHead', () => res.writeHead(500));
  attempt('getHeader', () => console.log(res.getHeader('x-late')));
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.statusCode, res.headers['x-late']);
    res.resume();
    res.on('end', () => server.close());
  });
});
