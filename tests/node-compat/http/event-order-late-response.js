// Answering from a timer: the request body waits unread until the response finishes, then is dumped; the client's 'response' comes after.
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('end', () => console.log('req end'));
  req.on('close', () => console.log('req close'));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
  setTimeout(() => {
    console.log('timer', req.complete, req.readableEnded);
    res.end('late');
  }, 10);
});
server.listen(0, '127.0.0.1', () => {
  http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT' }, (res) => {
    console.log('client response');
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log('client data', chunk));
    res.on('end', () => {
      console.log('client end');
      server.close();
    });
  }).end('ignored body');
});
