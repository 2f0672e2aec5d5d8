// appendHeader adds to an existing header (arrays on the wire as repeats); the client joins repeats with ', '.
const http = require('http');
const server = http.createServer((req, res) => {
  res.appendHeader('X-List', 'a');
  res.appendHeader('x-list', 'b');
  res.appendHeader('X-List', ['c', 'd']);
  res.setHeader('X-Single', 'one');
  res.appendHeader('X-Single', 'two');
  res.appendHeader('Set-Cookie', 'k=1');
  res.appendHeader('Set-Cookie', 'k2=2');
  console.log(res.getHeader('x-list'), res.getHeader('x-single'), res.getHeader('set-cookie'));
  res.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1' }, (res) => {
    console.log(res.headers['x-list'], '|', res.headers['x-single'], '|', res.headers['set-cookie']);
    const raw = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2) if (/^(x-|set-)/i.test(res.rawHeaders[i])) raw.push(res.rawHeaders[i] + ': ' + res.rawHeaders[i + 1]);
    console.log(raw);
    res.resume();
    res.on('end', () => server.close());
  });
});
