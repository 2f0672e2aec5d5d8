// Node 24's fs.mkdtempDisposableSync and fs.promises.mkdtempDisposable: a temporary directory with remove() and
// Symbol.dispose / Symbol.asyncDispose, removing the whole tree at an absolute path fixed at creation (so chdir does
// not matter); removing twice is no error. (A Buffer encoding is left out: Node 24 throws there after mkdtemp.)
const fs = require('fs');
const path = require('path');
const home = process.cwd();
const describe = (o) => [...Object.keys(o), ...Object.getOwnPropertySymbols(o).map(String)].join(' ');

const d = fs.mkdtempDisposableSync('sync-');
console.log(describe(d), Object.getPrototypeOf(d) === Object.prototype, d.path.startsWith('sync-'), d.path.length);
console.log(typeof fs.mkdtempDisposable, typeof d.remove, typeof d[Symbol.dispose]);
fs.mkdirSync(path.join(d.path, 'sub'));
fs.writeFileSync(path.join(d.path, 'sub', 'f.txt'), 'x');
process.chdir('tree');
console.log(d.remove(), fs.existsSync(path.join(home, d.path)));
process.chdir(home);
d.remove();
d[Symbol.dispose]();
const e = fs.mkdtempDisposableSync(path.join(home, 'abs-'), 'latin1');
console.log(path.isAbsolute(e.path), typeof e.path);
e[Symbol.dispose]();
console.log(fs.existsSync(e.path));
for (const bad of [42, 'missing/x']) {
  try {
    fs.mkdtempDisposableSync(bad);
  } catch (error) {
    console.log('sync error', error.code);
  }
}

(async () => {
  const p = await fs.promises.mkdtempDisposable('async-');
  console.log(describe(p), Object.getPrototypeOf(p), p.path.startsWith('async-'));
  fs.writeFileSync(path.join(p.path, 'f.txt'), 'x');
  const removing = p.remove();
  console.log(removing instanceof Promise);
  console.log(await removing, fs.existsSync(p.path));
  await p.remove();
  const q = await fs.promises.mkdtempDisposable('async-');
  console.log(await q[Symbol.asyncDispose](), fs.existsSync(q.path));
  await fs.promises.mkdtempDisposable(42).catch((error) => console.log('async error', error.code));
  console.log(fs.readdirSync('.').filter((n) => /^(sync|async|abs)-/.test(n)).length);
})();
