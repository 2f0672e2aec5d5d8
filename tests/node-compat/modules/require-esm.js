// Node 24 require()s ES modules: the namespace comes back (with __esModule
// when there is a default export); top-level await cannot be required.
const relative = (p) => p.split(__dirname).join('<dir>');
const lib = require('./fixtures/esm/lib.mjs');
console.log(lib, lib.__esModule, typeof lib.default);
console.log(require('./fixtures/esm/typed/x.js'));
console.log(require('./fixtures/typeless/detected.js'));
console.log(require('./fixtures/esm/lib.mjs') === lib);
try {
  require('./fixtures/esm/tla.mjs');
} catch (error) {
  console.log(error.code, relative(error.message));
}
