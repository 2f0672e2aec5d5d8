// A package linked into node_modules (as `npm link` or a workspace does) is
// loaded under its real path: one module for both links, and its own
// dependencies found beside the real location. From require and import.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'linked-')));
const show = (p) => p.split(root).join('<root>');
const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
write('packages/lib/package.json', '{ "name": "lib", "main": "main.js" }');
write('packages/lib/main.js', 'exports.file = __filename; exports.dep = require("dep");\n');
write('packages/lib/esm.mjs', 'export const url = import.meta.url;\n');
write('packages/node_modules/dep/index.js', 'module.exports = "dep beside the real lib";\n');
write('app/main.js', '');
write('other/main.js', '');
fs.mkdirSync(path.join(root, 'app/node_modules'));
fs.mkdirSync(path.join(root, 'other/node_modules'));
fs.symlinkSync('../../packages/lib', path.join(root, 'app/node_modules/lib'));
fs.symlinkSync(path.join(root, 'packages/lib'), path.join(root, 'other/node_modules/lib'));

const fromApp = createRequire(path.join(root, 'app/main.js'));
const fromOther = createRequire(path.join(root, 'other/main.js'));
const lib = fromApp('lib');
console.log(show(lib.file), lib.dep);
console.log(show(fromApp.resolve('lib')), fromOther('lib') === lib);
console.log(Object.keys(require.cache).map(show).filter((k) => k.startsWith('<root>')));

import(path.join(root, 'app/node_modules/lib/esm.mjs')).then(async (ns) => {
  console.log(show(ns.url));
  const again = await import(path.join(root, 'other/node_modules/lib/esm.mjs'));
  console.log(again === ns);
  fs.rmSync(root, { recursive: true });
});
