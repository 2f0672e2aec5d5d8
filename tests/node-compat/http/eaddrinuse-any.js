// EADDRINUSE for a second listen(port) without a host: the message names the '::' address.
const http = require('http');
const first = http.createServer();
first.listen(0, () => {
  const { port } = first.address();
  const second = http.createServer();
  second.listen(port, () => console.log('unexpected listening'));
  console.log('listening right after listen', second.listening);
  second.on('error', (err) => {
    console.log(err.code, err.syscall, err.errno, err.address, err.port === port);
    console.log(err.message.replace(String(port), 'PORT'));
    second.close((closeErr) => {
      console.log('close after failed listen', closeErr && closeErr.code);
      first.close(() => console.log('first closed'));
    });
  });
});
