// What the handler sees of a GET: method, url, httpVersion, selected headers, rawHeaders, socket addresses.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.headers['x-custom'], req.headers['x-other'], req.headers.connection, typeof req.headers.host);
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i] !== 'Host') raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  console.log(raw);
  console.log(req.complete, req.readable, req.socket.remoteAddress, req.socket.remoteFamily, req.socket.localPort === server.address().port);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const headers = { 'X-Custom': 'one', 'x-other': 'Two Words' };
  http.request({ port, host: '127.0.0.1', method: 'GET', path: '/a/b?c=d&e=f', headers }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  }).end();
});
