// close(cb) on a server that is not listening calls back with ERR_SERVER_NOT_RUNNING.
const http = require('http');
const server = http.createServer();
server.close((err) => {
  console.log(err.code, err.message, err instanceof Error);
  server.listen(0, '127.0.0.1', () => {
    server.close((err2) => {
      console.log('second close', err2);
      server.close((err3) => console.log('third close', err3 && err3.code));
    });
  });
});
console.log('sync end');
