// Serves the playground as a static host would: www/ at /, the package at
// /pkg/, the service worker at /nodeling-sw.js, the bench page at /bench/.
// No special headers needed.

import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT || 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
};

function locate(pathname) {
  if (pathname === '/nodeling-sw.js') return join(root, 'pkg/nodeling-sw.js');
  if (pathname.startsWith('/pkg/')) return join(root, 'pkg', normalize(pathname.slice(5)));
  if (pathname.startsWith('/bench/')) return join(root, 'bench', normalize(pathname.slice(7)));
  return join(root, 'www', normalize(pathname === '/' ? 'index.html' : pathname.slice(1)));
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  const file = locate(decodeURIComponent(pathname));
  let stat;
  try {
    stat = statSync(file);
  } catch {
    stat = null;
  }
  if (!stat?.isFile() || pathname.includes('..')) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': stat.size,
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Nodeling playground: http://localhost:${port}/`);
});
