// A package's "exports" under require(): conditions, patterns, null targets
// and subpaths that are not exported.
const relative = (p) => p.split(__dirname).join('<dir>');
const attempt = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (error) {
    console.log(label, error.code, relative(error.message));
  }
};
const requireFrom = require('module').createRequire(`${__dirname}/fixtures/app.js`);
attempt('main', () => requireFrom('cond'));
attempt('pattern', () => requireFrom('cond/feature/one'));
attempt('nested conditions', () => requireFrom('cond/nested'));
attempt('package.json', () => requireFrom('cond/package.json').name);
attempt('null target', () => requireFrom('cond/feature/secret/x'));
attempt('not exported', () => requireFrom('cond/lib/main.cjs'));
attempt('resolve', () => relative(requireFrom.resolve('cond')));
attempt('main without exports', () => requireFrom('plain'));
attempt('scoped esm-only', () => requireFrom('@scope/esm-only').greet('require'));
attempt('imports to a package', () =>
  require('module').createRequire(`${__dirname}/fixtures/node_modules/cond/lib/main.cjs`)('#dep'));
attempt('self-reference and #imports', () => require('./fixtures/selfpkg/src/index.js'));
attempt('imports outside any package', () => require('#nothing'));
