// Headless Chromium (Debian's, driven by playwright-core) and the built
// package served the way a static host serves it (scripts/serve.mjs), for
// the pkg-tests that run in a real browser.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;

async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Serves www/ and pkg/ on a free port; resolves once it listens.
export async function servePlayground() {
  const port = await freePort();
  const server = spawn('node', ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('playground') && resolve());
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { base: `http://localhost:${port}`, close: () => server.kill() };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
