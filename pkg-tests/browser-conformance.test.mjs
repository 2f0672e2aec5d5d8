// A sample of the Node-conformance scripts (tests/node-compat) run in
// headless Chromium through the page API, each in a fresh pod, each compared
// with real Node's stdout and exit code (the goldens beside the script).
// One browser and one page serve the whole file, so the run stays short.
//
// Mounted the way regen.sh runs real Node: a sandboxed suite (fs/) gets a
// copy of its fixtures/ as the working directory, the script at an absolute
// path outside it, and the sandbox's path reads `<sandbox>` in stdout; any
// other suite is mounted whole at /<suite> (fixtures and node_modules
// included) and the script runs from there.

import assert from 'node:assert/strict';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchChromium, servePlayground } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const compat = join(root, 'tests/node-compat');
// Where a sandboxed suite's fixtures sit in the pod (as in tests/node_compat.rs).
const SANDBOX = '/tmp/nodeling-sandbox';
// regen.sh gives real Node 20 s a script.
const SCRIPT_TIMEOUT_MS = 20000;

// Every `every`-th script by name: a deterministic spread of each suite.
// BROWSER_CONFORMANCE=all runs every script of every suite instead (about
// half a minute).
const SAMPLE =
  process.env.BROWSER_CONFORMANCE === 'all'
    ? readdirSync(compat, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({ suite: d.name, every: 1 })).sort((a, b) => a.suite.localeCompare(b.suite))
    : [
        { suite: 'fs', every: 3 },
        { suite: 'modules', every: 1 },
        { suite: 'npm', every: 1 },
        { suite: 'stream', every: 10 },
        { suite: 'crypto', every: 4 },
        { suite: 'event-loop', every: 8 },
      ];

// A directory as the pod receives it: files (base64, so binary fixtures
// survive the trip into the page) and symlinks, keyed by their path under `at`.
function snapshot(dir, at, into = { files: [], links: [] }) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) into.links.push([`${at}/${name}`, readlinkSync(path)]);
    else if (stat.isDirectory()) snapshot(path, `${at}/${name}`, into);
    else into.files.push([`${at}/${name}`, readFileSync(path).toString('base64')]);
  }
  return into;
}

let server;
let browser;
let page;
const shipped = new Set();

before(async () => {
  server = await servePlayground();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${server.base}/`);
  await page.evaluate(async () => {
    const { boot } = await import('/pkg/nodeling.js');
    const trees = new Map();
    const bytes = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    // Keeps a suite's files in the page, so they cross from the test once.
    window.keepTree = (key, { files, links }) => trees.set(key, { files: files.map(([path, data]) => [path, bytes(data)]), links });
    // Boots a pod holding the kept trees (plus `extra` files), runs
    // `node ...argv` in `cwd`, tears the pod down; its output and exit code.
    window.runInPod = async ({ keys, extra, cwd, argv, timeoutMs }) => {
      const files = {};
      const links = [];
      for (const key of keys) {
        for (const [path, data] of trees.get(key).files) files[path] = data;
        links.push(...trees.get(key).links);
      }
      Object.assign(files, extra);
      const pod = await boot({ files, cwd, serviceWorker: false });
      const read = async (stream) => {
        let text = '';
        await stream.pipeTo(new WritableStream({ write: (chunk) => void (text += chunk) }));
        return text;
      };
      // The goldens hold stdout alone; stderr only explains a failure.
      const run = async (args) => {
        const proc = pod.spawn('node', args);
        proc.output.cancel();
        const timer = setTimeout(() => proc.kill(), timeoutMs);
        const [stdout, stderr, code] = await Promise.all([read(proc.stdout), read(proc.stderr), proc.exit]);
        clearTimeout(timer);
        return { code, stdout, stderr };
      };
      try {
        // `files` holds only files: the symlinks go in through pod.fs, as `cp -a` would make them.
        for (const [link, target] of links) {
          await pod.fs.mkdir(link.slice(0, link.lastIndexOf('/')) || '/', { recursive: true });
          await pod.fs.symlink(target, link);
        }
        return await run(argv);
      } finally {
        await pod.teardown();
      }
    };
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function ship(key, dir, at) {
  if (shipped.has(key)) return;
  await page.evaluate(([k, tree]) => window.keepTree(k, tree), [key, snapshot(dir, at)]);
  shipped.add(key);
}

for (const { suite, every } of SAMPLE) {
  const dir = join(compat, suite);
  const sandboxed = existsSync(join(dir, '.sandbox'));
  const scripts = readdirSync(dir)
    .filter((f) => /\.m?js$/.test(f) && existsSync(join(dir, f.replace(/\.m?js$/, '.stdout'))))
    .sort()
    .filter((_, i) => i % every === 0);
  for (const file of scripts) {
    test(`${suite}/${file} in Chromium`, { timeout: 60000 }, async (t) => {
      const golden = (ext) => readFileSync(join(dir, file.replace(/\.m?js$/, ext)), 'utf8');
      let result;
      if (sandboxed) {
        // regen.sh runs `node /abs/path/NAME.js` from the sandbox: the
        // script sits outside it, so it shows in no listing.
        const script = `/node-compat/${suite}/${file}`;
        await ship(`${suite}/fixtures`, join(dir, 'fixtures'), SANDBOX);
        result = await page.evaluate((options) => window.runInPod(options), {
          keys: [`${suite}/fixtures`],
          extra: { [script]: readFileSync(join(dir, file), 'utf8') },
          cwd: SANDBOX,
          argv: [script],
          timeoutMs: SCRIPT_TIMEOUT_MS,
        });
        result.stdout = result.stdout.replaceAll(SANDBOX, '<sandbox>');
      } else {
        await ship(suite, dir, `/${suite}`);
        result = await page.evaluate((options) => window.runInPod(options), {
          keys: [suite],
          extra: {},
          cwd: `/${suite}`,
          argv: [file],
          timeoutMs: SCRIPT_TIMEOUT_MS,
        });
      }
      if (result.stdout !== golden('.stdout') || result.code !== Number(golden('.exit'))) {
        t.diagnostic(`exit ${result.code}, stderr:\n${result.stderr}`);
      }
      assert.equal(result.stdout, golden('.stdout'));
      assert.equal(result.code, Number(golden('.exit')));
    });
  }
}

// The run above reads stdout alone; a terminal reads both interleaved.
test('a process hands out stdout and stderr apart and interleaved; a cancelled one is dropped', async () => {
  const result = await page.evaluate(async () => {
    const { boot } = await import('/pkg/nodeling.js');
    const source = "console.log('one'); console.error('two'); process.stdout.write('three\\n'); process.stderr.write('four\\n');";
    const pod = await boot({ files: { '/both.js': source }, serviceWorker: false });
    const read = async (stream) => {
      let text = '';
      await stream.pipeTo(new WritableStream({ write: (chunk) => void (text += chunk) }));
      return text;
    };
    const first = pod.spawn('node', ['both.js']);
    const [output, stdout, stderr, code] = await Promise.all([read(first.output), read(first.stdout), read(first.stderr), first.exit]);
    const second = pod.spawn('node', ['both.js']);
    await second.stderr.cancel();
    second.output.cancel();
    const [alone, secondCode] = await Promise.all([read(second.stdout), second.exit]);
    await pod.teardown();
    return { output, stdout, stderr, code, alone, secondCode };
  });
  assert.deepEqual(result, {
    output: 'one\ntwo\nthree\nfour\n',
    stdout: 'one\nthree\n',
    stderr: 'two\nfour\n',
    code: 0,
    alone: 'one\nthree\n',
    secondCode: 0,
  });
});
