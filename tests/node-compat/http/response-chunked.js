// res.write() before end() sends Transfer-Encoding: chunked; the client gets the whole body.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  console.log('write returns', res.write('one,'));
  console.log('headersSent after write', res.headersSent);
  res.write(Buffer.from('two,'));
  res.end('three');
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1', path: '/' }, (res) => {
    console.log(res.headers['transfer-encoding'], res.headers['content-length'], res.headers['content-type']);
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => {
      console.log(Buffer.concat(chunks).toString());
      server.close();
    });
  });
});
