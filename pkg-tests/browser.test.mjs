// The built package in headless Chromium (Debian's, driven by
// playwright-core): the playground running the seed app, the page API, and
// bad input that must never take the page down or lose a file.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchChromium, servePlayground } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
let server;
let browser;
let base;

before(async () => {
  server = await servePlayground();
  base = server.base;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function newPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  return page;
}

// Boots a pod in the page from the package, as an embedding page would.
async function apiPage() {
  const page = await newPage();
  await page.goto(`${base}/`);
  await page.evaluate(async () => {
    window.nodeling = await import('/pkg/nodeling.js');
  });
  return page;
}

test('the playground runs the seed app and previews it', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  await page.locator('#run:not([disabled])').click();
  await page.locator('#terminal').filter({ hasText: 'Server running at http://127.0.0.1:3000/' }).waitFor({ timeout: 15000 });
  const frame = page.frameLocator('#preview');
  await frame.locator('body').filter({ hasText: 'Hello World! Node.js is running.' }).waitFor({ timeout: 15000 });
  const shown = await page.locator('#preview-url').textContent();
  assert.match(shown, /\/__nodeling__\/[a-z0-9]+\/3000\/$/);
  assert.equal(await page.locator('#preview').getAttribute('src'), shown);
  assert.equal(await page.locator('#run').textContent(), 'Stop');
  await page.close();
});

test('the JS API boots, spawns, reports server-ready and fetches', async () => {
  const page = await apiPage();
  const seed = await (await fetch(`${base}/examples/app.js`)).text();
  const result = await page.evaluate(async (source) => {
    const pod = await window.nodeling.boot({ files: { '/app.js': source } });
    const ready = new Promise((resolve) => pod.on('server-ready', (port, url) => resolve({ port, url })));
    const proc = pod.spawn('node', ['app.js']);
    let output = '';
    proc.output.pipeTo(new WritableStream({ write: (text) => void (output += text) }));
    const { port, url } = await ready;
    const response = await pod.fetch('http://localhost:3000/');
    const body = await response.text();
    const viaPreview = await (await fetch(url)).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    proc.kill();
    const code = await proc.exit;
    const second = pod.spawn('node', ['app.js']);
    await new Promise((resolve) => pod.on('server-ready', resolve));
    await pod.teardown();
    const afterTeardown = await second.exit;
    let spawnAfterTeardown;
    try {
      pod.spawn('node', ['app.js']);
    } catch (error) {
      spawnAfterTeardown = error.code;
    }
    return { port, url, previewUrl: pod.previewUrl(3000), status: response.status, type: response.headers.get('content-type'), body, viaPreview, output, code, afterTeardown, spawnAfterTeardown };
  }, seed);
  assert.equal(result.port, 3000);
  assert.equal(result.url, result.previewUrl);
  assert.equal(result.status, 200);
  assert.equal(result.type, 'text/plain');
  assert.equal(result.body, 'Hello World! Node.js is running.');
  assert.equal(result.viaPreview, 'Hello World! Node.js is running.');
  assert.equal(result.output, 'Server running at http://127.0.0.1:3000/\n');
  assert.equal(result.code, 143);
  assert.equal(result.afterTeardown, 137);
  assert.equal(result.spawnAfterTeardown, 'ERR_INVALID_STATE');
  await page.close();
});

test('links and fetches inside a preview stay in that preview', async () => {
  const page = await apiPage();
  const app = `
    require('http').createServer((req, res) => {
      if (req.url === '/api') return res.end(JSON.stringify({ from: 'api' }));
      res.setHeader('Content-Type', 'text/html');
      if (req.url === '/about') return res.end('<h1>About page</h1>');
      res.end('<a id="go" href="/about">about</a><p id="out"></p><script>fetch("/api").then(r => r.json()).then(j => document.getElementById("out").textContent = j.from)</script>');
    }).listen(4000);`;
  const url = await page.evaluate(async (source) => {
    const pod = await window.nodeling.boot({ files: { '/app.js': source } });
    const ready = new Promise((resolve) => pod.on('server-ready', (port, url) => resolve(url)));
    pod.spawn('node', ['app.js']);
    const url = await ready;
    const frame = document.createElement('iframe');
    frame.id = 'app-preview';
    frame.src = url;
    document.body.append(frame);
    return url;
  }, app);
  const frame = page.frameLocator('#app-preview');
  await frame.locator('#out').filter({ hasText: 'api' }).waitFor({ timeout: 15000 });
  await frame.locator('#go').click();
  await frame.locator('h1').filter({ hasText: 'About page' }).waitFor({ timeout: 15000 });
  const frameUrl = await page.locator('#app-preview').evaluate((element) => element.contentWindow.location.href);
  assert.equal(frameUrl, `${url}about`);
  await page.close();
});

test('a preview still answers after the browser stops the idle service worker', async () => {
  const page = await apiPage();
  const seed = await (await fetch(`${base}/examples/app.js`)).text();
  const url = await page.evaluate(async (source) => {
    const pod = await window.nodeling.boot({ files: { '/app.js': source } });
    const ready = new Promise((resolve) => pod.on('server-ready', (port, url) => resolve(url)));
    pod.spawn('node', ['app.js']);
    return ready;
  }, seed);
  const fetchText = () => page.evaluate(async (u) => (await fetch(u)).text(), url);
  assert.equal(await fetchText(), 'Hello World! Node.js is running.');
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('ServiceWorker.enable');
  const stopped = new Promise((resolve) => {
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await devtools.send('ServiceWorker.stopAllWorkers');
  await stopped;
  assert.equal(await fetchText(), 'Hello World! Node.js is running.');
  await page.close();
});

test('a syntax error prints a SyntaxError with file and line, exits 1, keeps the files', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const source = "const http = require('http');\nconst a = 1;\nconst b = ;\n";
    const pod = await window.nodeling.boot({ files: { '/app.js': source } });
    const proc = pod.spawn('node', ['app.js']);
    let output = '';
    await proc.output.pipeTo(new WritableStream({ write: (text) => void (output += text) }));
    return { code: await proc.exit, output, file: await pod.fs.readFile('/app.js', 'utf8'), same: source };
  });
  assert.equal(result.code, 1);
  assert.match(result.output, /^\/app\.js:3\n/);
  assert.match(result.output, /SyntaxError/);
  assert.equal(result.file, result.same);
  await page.close();
});

test('a handler that throws answers 502 with the error and prints the stack', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const source = "require('http').createServer((req, res) => {\n  throw new Error('boom in handler');\n}).listen(5000);\n";
    const pod = await window.nodeling.boot({ files: { '/app.js': source } });
    const ready = new Promise((resolve) => pod.on('server-ready', (port, url) => resolve(url)));
    const proc = pod.spawn('node', ['app.js']);
    let output = '';
    const drained = proc.output.pipeTo(new WritableStream({ write: (text) => void (output += text) }));
    const url = await ready;
    const response = await fetch(url);
    const body = await response.text();
    const code = await proc.exit;
    await drained;
    return { status: response.status, body, code, output };
  });
  assert.equal(result.status, 502);
  assert.match(result.body, /Error: boom in handler/);
  assert.equal(result.code, 1);
  assert.match(result.output, /\/app\.js:2\n {2}throw new Error\('boom in handler'\);\n/);
  assert.match(result.output, /Error: boom in handler\n +at /);
  await page.close();
});

test('kill() stops while (true) {} within a second and the pod keeps working', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const pod = await window.nodeling.boot({ files: { '/loop.js': 'console.log("spinning");\nwhile (true) {}\n', '/data.txt': 'keep me' } });
    const proc = pod.spawn('node', ['loop.js']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    proc.kill();
    const code = await proc.exit;
    const elapsed = performance.now() - started;
    await pod.fs.writeFile('/after.js', 'console.log("still here")');
    const next = pod.spawn('node', ['after.js']);
    let output = '';
    await next.output.pipeTo(new WritableStream({ write: (text) => void (output += text) }));
    return { code, elapsed, data: await pod.fs.readFile('/data.txt', 'utf8'), loop: await pod.fs.readFile('/loop.js', 'utf8'), nextCode: await next.exit, output };
  });
  assert.equal(result.code, 143);
  assert.ok(result.elapsed < 1000, `kill took ${result.elapsed} ms`);
  assert.equal(result.data, 'keep me');
  assert.match(result.loop, /while \(true\)/);
  assert.equal(result.nextCode, 0);
  assert.equal(result.output, 'still here\n');
  await page.close();
});

test('the playground Stop button ends an infinite loop and the editor keeps the code', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  const code = 'console.log("looping");\nwhile (true) {}\n';
  // The playground loads the seed into the editor before it enables Run.
  await page.locator('#run:not([disabled])').waitFor();
  await page.locator('#editor').fill(code);
  await page.locator('#run').click();
  await page.locator('#terminal').filter({ hasText: 'looping' }).waitFor({ timeout: 15000 });
  await page.locator('#run').click();
  await page.locator('#terminal').filter({ hasText: '[process exited with code 143]' }).waitFor({ timeout: 2000 });
  assert.equal(await page.locator('#editor').inputValue(), code);
  assert.equal(await page.locator('#run').textContent(), 'Run');
  await page.close();
});
