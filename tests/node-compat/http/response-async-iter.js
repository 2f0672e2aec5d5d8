// The client reads a chunked response with for await; the server streams it from timers.
const http = require('http');
const server = http.createServer((req, res) => {
  let n = 0;
  const tick = () => {
    n++;
    if (n < 4) {
      res.write(`part${n};`);
      setTimeout(tick, 5);
    } else {
      res.end('last');
    }
  };
  tick();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, async (res) => {
    res.setEncoding('utf8');
    let text = '';
    for await (const chunk of res) text += chunk;
    console.log(res.headers['transfer-encoding'], text, res.complete);
    server.close(() => console.log('closed'));
  });
});
