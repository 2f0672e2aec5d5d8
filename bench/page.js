// Measurements taken inside the page; bench/run.mjs drives them.

import { boot } from '/pkg/nodeling.js';

// Navigation start to the seed app's first response through the preview.
window.bootSeed = async (source) => {
  const pod = await boot({ files: { '/app.js': source } });
  const ready = new Promise((resolve) => pod.on('server-ready', (port, url) => resolve(url)));
  pod.spawn('node', ['app.js']);
  const url = await ready;
  const response = await fetch(url);
  const body = await response.text();
  const firstResponseMs = performance.now();
  window.previewUrl = url;
  return { firstResponseMs, status: response.status, body };
};

// `total` fetches of `url`, `concurrency` at a time; returns elapsed ms.
window.throughput = async (url, total, concurrency, options = {}) => {
  let next = 0;
  let failures = 0;
  async function worker() {
    while (next < total) {
      next++;
      try {
        const response = await fetch(url, options);
        if (response.type !== 'opaque' && response.status !== 200) failures++;
        await response.arrayBuffer();
      } catch {
        failures++;
      }
    }
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { elapsedMs: performance.now() - start, failures };
};
