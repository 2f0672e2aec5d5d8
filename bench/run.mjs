// Prints Nodeling's figures beside reference runs made in the same session:
// boot time in Chromium (cold and warm), throughput of the seed app through
// the service worker against real Node and native Nodeling on loopback seen
// from the same page, and the size of what a page downloads.
//
//   node bench/run.mjs            (make bench builds first)

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const seed = readFileSync(join(root, 'www/examples/app.js'), 'utf8');
const REQUESTS = 2000;
const CONCURRENCY = 8;
const BOOT_RUNS = 5;
// Throughput rounds alternate the three servers, so drift in the machine's
// load hits them alike; the median round is reported.
const ROUNDS = 3;

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function startProcess(command, args, readyText, env = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes(readyText) && resolve(child));
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill();
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function sizes() {
  const files = ['nodeling_wasm_bg.wasm', 'nodeling_wasm.js', 'nodeling.js', 'nodeling-worker.js', 'nodeling-sw.js'];
  const rows = files.map((file) => {
    const bytes = readFileSync(join(root, 'pkg', file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  rows.push({ file: 'total', raw: rows.reduce((s, r) => s + r.raw, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0) });
  return rows;
}

async function main() {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = await startProcess('node', ['scripts/serve.mjs'], 'playground', { PORT: String(port) });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    // Boot: a fresh profile each cold run; a reload of that page when warm.
    const cold = [];
    const warm = [];
    for (let i = 0; i < BOOT_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/bench/page.html`);
      cold.push((await page.evaluate((s) => window.bootSeed(s), seed)).firstResponseMs);
      await page.reload();
      warm.push((await page.evaluate((s) => window.bootSeed(s), seed)).firstResponseMs);
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/bench/page.html`);
    await page.evaluate((s) => window.bootSeed(s), seed);
    const previewUrl = await page.evaluate(() => window.previewUrl);
    const measure = (url, options) => page.evaluate(([u, n, c, o]) => window.throughput(u, n, c, o), [url, REQUESTS, CONCURRENCY, options]);
    const servers = {
      node: ['node', ['www/examples/app.js']],
      'nodeling-native': [join(root, 'target/release/nodeling'), ['www/examples/app.js']],
    };
    const rounds = { 'in-tab': [], node: [], 'nodeling-native': [] };
    await measure(previewUrl);
    for (let round = 0; round < ROUNDS; round++) {
      rounds['in-tab'].push(await measure(previewUrl));
      for (const [name, [command, args]] of Object.entries(servers)) {
        const child = await startProcess(command, args, 'Server running');
        // Cross-origin without CORS headers: opaque answers, fully received.
        await page.evaluate(() => window.throughput('http://127.0.0.1:3000/', 100, 8, { mode: 'no-cors' }));
        rounds[name].push(await measure('http://127.0.0.1:3000/', { mode: 'no-cors' }));
        await stop(child);
      }
    }
    await context.close();

    const rps = (r) => (REQUESTS / r.elapsedMs) * 1000;
    console.log(`boot, navigation to first response of the seed app (median of ${BOOT_RUNS}):`);
    console.log(`  cold  ${median(cold).toFixed(0)} ms   (runs: ${cold.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`  warm  ${median(warm).toFixed(0)} ms   (runs: ${warm.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`\nthroughput, ${REQUESTS} fetches from the page, ${CONCURRENCY} at a time (median of ${ROUNDS} alternating rounds):`);
    const medians = {};
    for (const [name, results] of Object.entries(rounds)) {
      medians[name] = median(results.map(rps));
      const failures = results.reduce((sum, r) => sum + r.failures, 0);
      const label = name === 'in-tab' ? 'nodeling in the tab (service worker)' : `${name} on loopback`;
      console.log(`  ${label.padEnd(38)} ${medians[name].toFixed(0).padStart(5)} req/s  (rounds: ${results.map((r) => rps(r).toFixed(0)).join(', ')}; ${failures} failed)`);
    }
    console.log(`  ratio in-tab / node: ${(medians['in-tab'] / medians.node).toFixed(2)}`);
    console.log('\nshipped to the page:');
    for (const row of sizes()) console.log(`  ${row.file.padEnd(24)} ${kb(row.raw).padStart(11)} raw  ${kb(row.gzip).padStart(10)} gzip`);
  } finally {
    await browser.close();
    await stop(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
