// req.resume() then end() in the handler, for a GET (no body) and a POST: where the request's 'end' and 'close' fall around 'finish' and the response's 'close'.
const http = require('http');
const server = http.createServer((req, res) => {
  const tag = req.method;
  req.on('end', () => console.log(tag, 'req end'));
  req.on('close', () => console.log(tag, 'req close'));
  res.on('finish', () => console.log(tag, 'res finish'));
  res.on('close', () => console.log(tag, 'res close'));
  process.nextTick(() => console.log(tag, 'nextTick'));
  req.resume();
  res.end();
});
function send(method, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method }, (res) => {
      res.resume();
      res.on('close', resolve);
    });
    req.end(body);
  });
}
server.listen(0, '127.0.0.1', async () => {
  await send('GET');
  await send('POST', 'data');
  server.close();
});
