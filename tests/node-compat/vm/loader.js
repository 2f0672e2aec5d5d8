// require('vm') and node:vm are one built-in module.
const vm = require('vm');
console.log(vm === require('node:vm'), require('module').isBuiltin('vm'), require('module').builtinModules.includes('vm'));
console.log(typeof vm.SourceTextModule, typeof vm.SyntheticModule, typeof vm.Module);
