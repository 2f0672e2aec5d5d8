// A second server on a taken port gets 'error' EADDRINUSE (code, syscall, errno, message) and stays not listening.
const http = require('http');
const first = http.createServer();
first.listen(0, '127.0.0.1', () => {
  const { port } = first.address();
  const second = http.createServer();
  second.on('listening', () => console.log('unexpected listening'));
  second.on('error', (err) => {
    console.log(err.code, err.syscall, err.errno, err.address);
    console.log(err.message.replace(String(port), 'PORT'));
    console.log('port matches', err.port === port, 'listening', second.listening);
    console.log(err instanceof Error);
    first.close(() => console.log('closed'));
  });
  second.listen(port, '127.0.0.1');
  console.log('after second listen');
});
