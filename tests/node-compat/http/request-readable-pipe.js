// Reading a request body with 'readable'/read(), with once('data'), and echoing it with req.pipe(res).
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/pipe') { res.setHeader('X-Echo', '1'); req.pipe(res); return; }
  if (req.url === '/once') { req.once('data', (c) => { console.log('once data', String(c)); }); req.on('end', () => { console.log('once end'); res.end('o'); }); return; }
  let body = '';
  req.on('readable', () => { let c; console.log('readable'); while ((c = req.read()) !== null) body += c; });
  req.on('end', () => { console.log('end', body); res.end('r'); });
});
server.listen(0, '127.0.0.1', async () => {
  for (const path of ['/readable', '/pipe', '/once']) {
    await new Promise((resolve) => {
      const r = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path }, (res) => {
        let t = ''; res.on('data', (c) => (t += c)); res.on('end', () => { console.log(path, res.headers['transfer-encoding'], t); resolve(); });
      });
      r.end('hello body');
    });
  }
  server.close();
});
