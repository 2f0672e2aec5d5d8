// setHeader rejects bad names (ERR_INVALID_HTTP_TOKEN), undefined values and control characters.
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
  attempt('space in name', () => res.setHeader('Bad Name', 'x'));
  attempt('empty name', () => res.setHeader('', 'x'));
  attempt('colon in name', () => res.setHeader('a:b', 'x'));
  attempt('undefined value', () => res.setHeader('X-Undef', undefined));
  attempt('newline in value', () => res.setHeader('X-Nl', 'a\nb'));
  attempt('null byte in value', () => res.setHeader('X-Nul', 'a\0b'));
  attempt('tab and latin1 ok', () => res.setHeader('X-Ok', 'a\tb\xe9'));
  attempt('number ok', () => res.setHeader('X-Num', 1));
  attempt('append bad', () => res.appendHeader('Bad Name', 'x'));
  attempt('writeHead bad', () => res.writeHead(200, { 'X-Bad': 'a\r\nb' }));
  console.log('headersSent', res.headersSent);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.statusCode, res.headers['x-ok'] === 'a\tb\xe9', res.headers['x-num']);
    res.resume();
    res.on('end', () => server.close());
  });
});
