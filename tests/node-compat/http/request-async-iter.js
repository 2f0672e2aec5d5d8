// for await over the request body, and over the client's response body.
const http = require('http');
const server = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  console.log('server body', JSON.stringify(body));
  res.end(body.toUpperCase());
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/' }, async (res) => {
    let text = '';
    for await (const chunk of res) text += chunk;
    console.log('client body', text);
    server.close(() => console.log('closed'));
  });
  req.end('abc def');
});
