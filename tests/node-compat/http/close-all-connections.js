// closeAllConnections() ends a response still being written; close() then completes.
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('partial');
  res.on('close', () => console.log('res close, finished:', res.writableFinished, 'destroyed:', res.destroyed));
  server.close(() => console.log('server closed'));
  setImmediate(() => server.closeAllConnections());
});
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/`, (res) => res.resume()).on('error', () => {});
});
