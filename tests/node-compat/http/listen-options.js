// listen({port, host}, cb) and listen(port, cb): the address each binds, when `listening` turns true, and that listen returns the server.
const http = require('http');
const a = http.createServer();
const returned = a.listen({ port: 0, host: '127.0.0.1' }, () => {
  console.log('a', a.address().address, a.address().family);
  const b = http.createServer();
  b.listen(0, () => {
    console.log('b listening in callback', b.listening);
    console.log('b', b.address().address, b.address().family);
    b.close(() => a.close(() => console.log('both closed')));
  });
  console.log('b listening right after listen(0) without host', b.listening, b.address() !== null);
});
console.log('listen returns server', returned === a, 'listening with host', a.listening);
