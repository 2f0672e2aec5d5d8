// Builds the npm package of each [[target]] in wasm-pack.toml: wasm-pack
// (never installing anything itself), then wasm-opt from npm's binaryen,
// then the hand-written JS beside the generated bindings.

import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'smol-toml';

const root = new URL('..', import.meta.url).pathname;
const matrix = parse(readFileSync(join(root, 'wasm-pack.toml'), 'utf8'));
const only = process.argv[2];

for (const target of matrix.target) {
  if (only && target.name !== only) continue;
  const outDir = join(root, target['out-dir']);
  const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  run('wasm-pack', [
    'build', '--mode', 'no-install', '--target', target['wasm-pack-target'],
    '--out-dir', outDir, '--out-name', target['out-name'], `--${target.profile}`,
  ]);
  const wasm = join(outDir, `${target['out-name']}_bg.wasm`);
  if (Array.isArray(target['wasm-opt'])) {
    run(join(root, 'node_modules/.bin/wasm-opt'), [...target['wasm-opt'], wasm, '-o', wasm]);
  }
  for (const file of target.files ?? []) copyFileSync(join(root, file), join(outDir, basename(file)));
  const manifestPath = join(outDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  Object.assign(manifest, {
    name: 'nodeling',
    type: 'module',
    main: 'nodeling.js',
    module: 'nodeling.js',
    types: 'nodeling.d.ts',
    exports: { '.': { types: './nodeling.d.ts', default: './nodeling.js' }, './wasm': `./${target['out-name']}.js` },
    files: [...new Set([...(manifest.files ?? []), ...(target.files ?? []).map((f) => basename(f))])],
    sideEffects: ['./nodeling-worker.js', './nodeling-sw.js'],
  });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`built ${target.name} into ${target['out-dir']}`);
}
