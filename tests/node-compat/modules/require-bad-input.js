// Bad input in a dependency gives Node's error and leaves the rest working.
const relative = (p) => p.split(__dirname).join('<dir>');
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.code ? relative(error.message) : '');
  }
};
const requireFrom = require('module').createRequire(`${__dirname}/fixtures/app.js`);
attempt('malformed package.json', () => requireFrom('badpkg'));
attempt('syntax error in a dependency', () => require('./fixtures/broken-dep.js'));
attempt('syntax error again (not cached)', () => require('./fixtures/broken-dep.js'));
attempt('escaping the root', () => require('../../../../../../../../../../no/such/file'));
attempt('still working', () => require('./fixtures/counter.js') !== undefined);
attempt('empty id', () => require(''));
attempt('not a string', () => require(42));
