// node:module's statics and createRequire.
const Module = require('module');
const relative = (p) => p.split(__dirname).join('<dir>');
console.log(Module === require('node:module'), Module.Module === Module);
console.log(['fs', 'path', 'node:test', 'test', 'node:path', 'nope', 'fs/promises'].map((id) => Module.isBuiltin(id)));
console.log(Module.builtinModules.includes('path'), Module.builtinModules.includes('node:test'));
const requireFromFixtures = Module.createRequire(`${__dirname}/fixtures/`);
console.log(requireFromFixtures('./data.json'));
console.log(relative(Module.findPackageJSON('./fixtures/node_modules/cond/lib/main.cjs', __filename)));
try {
  Module.createRequire('relative/path.js');
} catch (error) {
  console.log(error.code);
}
console.log(require.main === module, module.id, relative(module.filename), module.loaded);
console.log(module.paths[0].split(__dirname).join("<dir>"));
