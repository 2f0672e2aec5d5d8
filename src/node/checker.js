// The harness the module checkers (src/node/*/*.test.js) share: loading our
// built-in modules the way the runtime does, restarting with
// --expose-internals to reach Node's own internals, and the passed/failed
// tally whose last line `N passed, N failed` the Makefile reads.
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const nodePath = require('path');
const util = require('util');
const { createRequire } = require('module');

const srcDir = __dirname;

// Built-in id -> file (relative to srcDir), read from `BUILTINS` in mod.rs so
// that every module the runtime embeds is loadable here too.
function readBuiltinFiles() {
  const modRs = fs.readFileSync(nodePath.join(srcDir, 'mod.rs'), 'utf8');
  const table = /\bBUILTINS\b[^=]*=\s*&\[([\s\S]*?)\n\];/.exec(modRs);
  if (table === null) throw new Error('No BUILTINS table in src/node/mod.rs');
  const files = new Map();
  for (const [, id, file] of table[1].matchAll(/\(\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\)/g)) {
    files.set(id, file);
  }
  if (files.size === 0) throw new Error('No entries in BUILTINS in src/node/mod.rs');
  return files;
}

const builtinFiles = readBuiltinFiles();

// Runs built-in `id` into `module` as the runtime does: the file is a function
// body with `exports`, `require` and `module` in scope, then the names of
// `scope` (by default `internalBinding`, absent here) bound to its values.
function evaluateBuiltin(id, module, scope) {
  const file = builtinFiles.get(id);
  if (file === undefined) throw new Error(`No such built-in module: ${id}`);
  const source = fs.readFileSync(nodePath.join(srcDir, file), 'utf8');
  // eslint-disable-next-line no-new-func
  new Function('exports', 'require', 'module', ...Object.keys(scope), source)(
    module.exports, requireBuiltin, module, ...Object.values(scope));
}

// The built-ins' own `require`: one shared instance per id.
const loaded = new Map();
function requireBuiltin(id) {
  if (loaded.has(id)) return loaded.get(id).exports;
  const module = { exports: {} };
  loaded.set(id, module);
  evaluateBuiltin(id, module, { internalBinding: undefined });
  return module.exports;
}

// A fresh instance of built-in `id`, not shared, with `scope` in place of
// `internalBinding` (e.g. `{ internals: hooks }` for util/inspect.js).
function loadBuiltin(id, scope = { internalBinding: undefined }) {
  const module = { exports: {} };
  evaluateBuiltin(id, module, scope);
  return module.exports;
}

// Restarts the running script with --expose-internals unless it has it (the
// restarted run's status becomes this one's), and returns a `require` that
// reaches Node's internal modules, such as 'internal/errors'.
const kInternalsFlag = '--expose-internals';
function exposeInternals() {
  const scriptPath = process.argv[1];
  if (!process.execArgv.includes(kInternalsFlag)) {
    const result = childProcess.spawnSync(process.execPath, [kInternalsFlag, '--no-warnings', scriptPath],
                                          { stdio: 'inherit' });
    if (result.error) throw result.error;
    process.exit(result.status === null ? 1 : result.status);
  }
  return createRequire(scriptPath);
}

// Counts cases; prints the first `maxReported` failures as they happen and,
// from finish(), the `N passed, N failed` line, failing the exit status if any
// case failed.
function createTally({ maxReported = Infinity } = {}) {
  let passed = 0;
  let failed = 0;
  const tally = {
    // `describe()` gives the lines printed after `FAIL label` when !ok.
    record(label, ok, describe) {
      if (ok) {
        passed++;
        return;
      }
      failed++;
      if (failed <= maxReported) console.log(`FAIL ${label}\n${describe()}`);
    },
    // Deep-strict equality, failures shown with util.inspect(…, inspectOptions).
    compare(label, actual, expected, inspectOptions) {
      tally.record(label, util.isDeepStrictEqual(actual, expected), () =>
        `  actual:   ${util.inspect(actual, inspectOptions)}\n  expected: ${util.inspect(expected, inspectOptions)}`);
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed === 0 ? 0 : 1;
    },
  };
  return tally;
}

// A small seeded generator (mulberry32), so generated cases are the same
// on every run.
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// For checkers of modules with Rust natives, which Node cannot load: the
// nodeling binary to run the same driver in, $NODELING or the newer of the
// release and debug builds. `who` names the checker in the error.
function findNodeling(who) {
  if (process.env.NODELING) return process.env.NODELING;
  const fs = process.getBuiltinModule('fs');
  const nodePath = process.getBuiltinModule('path');
  const root = nodePath.join(srcDir, '..', '..');
  const candidates = ['release', 'debug'].map((profile) => nodePath.join(root, 'target', profile, 'nodeling'))
    .filter((file) => fs.existsSync(file));
  if (candidates.length === 0) throw new Error(`${who} needs a built nodeling (cargo build --bin nodeling)`);
  return candidates.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

module.exports = {
  srcDir, builtinFiles, requireBuiltin, loadBuiltin, exposeInternals, createTally, seededRandom, findNodeling,
};
