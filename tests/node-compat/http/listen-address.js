// listen(0, host, cb): 'listening' then the callback, address() shape, listening flag, close(cb) and 'close', address() null after.
const http = require('http');
const server = http.createServer();
console.log('before listen', server.listening, server.address());
server.on('listening', () => console.log('listening event', server.listening));
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('callback', Object.keys(addr), addr.address, addr.family, typeof addr.port, addr.port > 0);
  server.on('close', () => console.log('close event', server.listening, server.address()));
  server.close((err) => console.log('close callback', err));
  console.log('after close call', server.listening);
});
console.log('sync end', server.listening);
