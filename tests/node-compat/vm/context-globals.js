// A new context has its own ECMAScript built-ins and V8's extras (a silent console), not Node's globals.
const vm = require('vm');

const names = vm.runInNewContext('Object.getOwnPropertyNames(globalThis)');
// Engine-specific globals aside (Intl, WebAssembly: neither engine side has both), Node's own are absent.
for (const name of ['process', 'Buffer', 'require', 'setTimeout', 'queueMicrotask', 'structuredClone',
  'performance', 'atob', 'URL', 'TextEncoder', 'global']) {
  console.log(name, names.includes(name));
}
for (const name of ['Object', 'Array', 'Promise', 'Proxy', 'Reflect', 'JSON', 'Math', 'console', 'globalThis',
  'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'escape', 'eval']) {
  console.log(name, names.includes(name));
}
console.log(vm.runInNewContext('typeof console.log'), vm.runInNewContext('console.log("not printed")'));
console.log(vm.runInNewContext('Object.prototype.toString.call(console)'));
console.log(vm.runInNewContext('Object') === Object, vm.runInNewContext('Array') === Array);
const array = vm.runInNewContext('[1, 2, 3]');
console.log(array instanceof Array, Array.isArray(array), array.constructor.name);
console.log(vm.runInNewContext('typeof Error.captureStackTrace'), vm.runInNewContext('typeof Error.prepareStackTrace'),
  vm.runInNewContext('Error.stackTraceLimit'));
console.log(vm.runInNewContext('this === globalThis'), typeof vm.runInNewContext('globalThis'));
