// vm.constants.DONT_CONTEXTIFY: the context's own global object is the context.
const vm = require('vm');

const global = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof global, vm.isContext(global), vm.runInContext('globalThis', global) === global);
console.log(Object.getPrototypeOf(global) === Object.prototype, global.Array === Array, typeof global.Array);
vm.runInContext('var declared = 1; assigned = 2', global);
console.log(global.declared, global.assigned);
global.fromOutside = 3;
console.log(vm.runInContext('fromOutside', global));
console.log(vm.createContext(global) === global);
