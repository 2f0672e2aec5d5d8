// node:test is reachable only with the node: scheme, and is listed as such.
const { builtinModules, isBuiltin } = require('module');
try {
  require('test');
} catch (error) {
  console.log(error.code);
}
console.log(typeof require('node:test'), require('node:test') === require('node:test').test);
console.log(isBuiltin('test'), isBuiltin('node:test'), builtinModules.includes('test'), builtinModules.includes('node:test'));
const names = ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach', 'mock', 'run'];
console.log(names.map((name) => `${name}:${typeof require('node:test')[name]}`).join(' '));
