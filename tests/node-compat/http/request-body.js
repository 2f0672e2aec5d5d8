// A POST body arrives through 'data' (Buffers) and 'end'; complete flips to true.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  console.log(req.method, req.headers['content-length'], req.headers['content-type']);
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    console.log('end', Buffer.isBuffer(chunks[0]), body.length, body.toString(), req.complete);
    res.end('got ' + body.length);
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/upload', headers: { 'Content-Type': 'text/plain' } }, (res) => {
    let text = '';
    res.on('data', (c) => (text += c));
    res.on('end', () => {
      console.log('client', res.statusCode, text);
      server.close();
    });
  });
  req.write('hello ');
  req.write(Buffer.from('wörld'));
  req.end('!');
});
