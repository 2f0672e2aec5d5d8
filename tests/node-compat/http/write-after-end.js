// write()/end() after end(): callbacks and 'error' with ERR_STREAM_WRITE_AFTER_END on the next tick, end(cb) with ERR_STREAM_ALREADY_FINISHED, nothing but the callback after 'close'.
const http = require('http');
const server = http.createServer((req, res) => {
  res.on('error', (err) => console.log('res error', err.code, err.message));
  res.on('close', () => {
    console.log('res close', res.destroyed);
    res.write('late', (err) => console.log('late write callback', err && err.code));
    setImmediate(() => server.close());
  });
  res.end('a');
  console.log('write returns', res.write('b', (err) => console.log('write callback', err && err.code)));
  res.end((err) => console.log('end callback', err && err.code));
  res.end('c', (err) => console.log('end with chunk callback', err && err.code));
  console.log('sync end', res.destroyed, res.writableEnded, res.writableFinished);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => console.log('client body', body));
  });
});
