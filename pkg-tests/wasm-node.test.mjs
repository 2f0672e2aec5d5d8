// The wasm build, loaded in Node: a sample of the Node-conformance scripts
// and the seed server run through the same Pod the browser worker uses.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import init, { Pod } from '../pkg/nodeling_wasm.js';

const root = new URL('..', import.meta.url).pathname;
await init({ module_or_path: readFileSync(join(root, 'pkg/nodeling_wasm_bg.wasm')) });

// Runs a pod until process `pid` exits; `onEvent` sees every emitted event.
function startPod(files, onEvent = () => {}) {
  const outputs = new Map();
  const exits = new Map();
  let wake = null;
  const pod = new Pod((kind, ...args) => {
    if (kind === 'stdout' || kind === 'stderr') {
      const [pid, text] = args;
      const out = outputs.get(pid) ?? { stdout: '', stderr: '' };
      out[kind] += text;
      outputs.set(pid, out);
    } else if (kind === 'exit') {
      exits.get(args[0])?.(args[1]);
    }
    onEvent(kind, ...args);
  });
  for (const [path, source] of Object.entries(files)) pod.writeFile(path, new TextEncoder().encode(source));
  function schedule() {
    clearTimeout(wake);
    const delay = pod.run();
    if (delay >= 0) wake = setTimeout(schedule, delay);
  }
  return {
    pod,
    schedule,
    run(pid, argv, cwd = '/') {
      const exit = new Promise((resolve) => exits.set(pid, resolve));
      pod.spawn(pid, ['/usr/local/bin/node', ...argv], [], cwd);
      schedule();
      return exit.then((code) => ({ code, ...(outputs.get(pid) ?? { stdout: '', stderr: '' }) }));
    },
    stop() {
      clearTimeout(wake);
    },
  };
}

const suite = join(root, 'tests/node-compat/event-loop');
// Every fifth script: a spread of the suite that keeps this run short.
const sample = readdirSync(suite).filter((f) => f.endsWith('.js')).sort().filter((_, i) => i % 5 === 0);

for (const file of sample) {
  test(`event loop in wasm: ${file}`, async () => {
    const source = readFileSync(join(suite, file), 'utf8');
    const pod = startPod({ [`/${file}`]: source });
    const { code, stdout } = await pod.run(1, [file]);
    pod.stop();
    assert.equal(stdout, readFileSync(join(suite, file.replace(/\.js$/, '.stdout')), 'utf8'));
    assert.equal(code, Number(readFileSync(join(suite, file.replace(/\.js$/, '.exit')), 'utf8')));
  });
}

// Every file under `dir`, keyed by its path below `mountAt`.
function tree(dir, mountAt) {
  const files = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, tree(path, `${mountAt}/${name}`));
    else files[`${mountAt}/${name}`] = readFileSync(path, 'utf8');
  }
  return files;
}

// The module suites run from the pod's in-memory files: the loader's
// fixtures, and real packages from npm (tests/node-compat/npm/node_modules,
// installed by npm ci from its lockfile) mounted into the pod.
for (const name of ['modules', 'npm']) {
  const suiteDir = join(root, 'tests/node-compat', name);
  for (const file of readdirSync(suiteDir).filter((f) => /\.m?js$/.test(f)).sort()) {
    test(`${name} from the pod's files in wasm: ${file}`, async () => {
      const pod = startPod(tree(suiteDir, `/${name}`));
      const { code, stdout } = await pod.run(1, [file], `/${name}`);
      pod.stop();
      const golden = (ext) => readFileSync(join(suiteDir, file.replace(/\.m?js$/, ext)), 'utf8');
      assert.equal(stdout, golden('.stdout'));
      assert.equal(code, Number(golden('.exit')));
    });
  }
}

// crypto in wasm draws its randomness from web crypto (the browser host),
// so every script of the suite runs here too.
const cryptoSuite = join(root, 'tests/node-compat/crypto');
for (const file of readdirSync(cryptoSuite).filter((f) => f.endsWith('.js')).sort()) {
  test(`crypto in wasm: ${file}`, async () => {
    const pod = startPod({ [`/${file}`]: readFileSync(join(cryptoSuite, file), 'utf8') });
    const { code, stdout } = await pod.run(1, [file]);
    pod.stop();
    assert.equal(stdout, readFileSync(join(cryptoSuite, file.replace(/\.js$/, '.stdout')), 'utf8'));
    assert.equal(code, Number(readFileSync(join(cryptoSuite, file.replace(/\.js$/, '.exit')), 'utf8')));
  });
}

// Runaway recursion ends in a catchable RangeError before V8's own stack,
// which runs the wasm, gives out inside the engine (and loses the pod).
test('runaway recursion in wasm: errors-stack/runaway-recursion.js', async () => {
  const dir = join(root, 'tests/node-compat/errors-stack');
  const pod = startPod({ '/runaway-recursion.js': readFileSync(join(dir, 'runaway-recursion.js'), 'utf8') });
  const { code, stdout } = await pod.run(1, ['runaway-recursion.js']);
  pod.stop();
  assert.equal(stdout, readFileSync(join(dir, 'runaway-recursion.stdout'), 'utf8'));
  assert.equal(code, Number(readFileSync(join(dir, 'runaway-recursion.exit'), 'utf8')));
});

test('the seed app answers a request through the wasm pod', async () => {
  const seed = readFileSync(join(root, 'www/examples/app.js'), 'utf8');
  const response = { head: null, body: '', ended: null };
  let listening;
  const ready = new Promise((resolve) => (listening = resolve));
  const ended = new Promise((resolve) => (response.ended = resolve));
  const pod = startPod({ '/app.js': seed }, (kind, ...args) => {
    if (kind === 'listen') listening(args[1]);
    if (kind === 'head') response.head = args;
    if (kind === 'body') response.body += new TextDecoder().decode(args[1]);
    if (kind === 'end') response.ended();
  });
  const exit = pod.run(1, ['app.js']);
  assert.equal(await ready, 3000);
  assert.equal(pod.pod.request(7, 3000, 'GET', '/', ['Host', 'localhost:3000'], undefined), true);
  pod.schedule();
  await ended;
  const [id, status, statusText, headers] = response.head;
  assert.deepEqual([id, status, statusText], [7, 200, 'OK']);
  assert.equal(headers[headers.indexOf('Content-Type') + 1], 'text/plain');
  assert.equal(response.body, 'Hello World! Node.js is running.');
  assert.equal(pod.pod.kill(1), true);
  pod.stop();
  void exit;
});
