// req.url keeps the path and query exactly as sent, for http.get(url string) and request({path}).
const http = require('http');
const seen = [];
const server = http.createServer((req, res) => {
  seen.push(req.method + ' ' + req.url);
  res.end(req.url);
});
function fetchText(arg) {
  return new Promise((resolve) => {
    http.get(arg, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(await fetchText(`http://127.0.0.1:${port}/search?q=a+b&x=%20y`));
  console.log(await fetchText(`http://127.0.0.1:${port}`));
  console.log(await fetchText({ port, host: '127.0.0.1', path: '/p/a%2Fth/?' }));
  console.log(seen);
  server.close();
});
