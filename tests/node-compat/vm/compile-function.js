// vm.compileFunction: params, contextExtensions, parsingContext, offsets, and bodies that try to escape.
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(1, 2), add.name, add.length, add.toString());
console.log(vm.compileFunction('return x + y', [], { contextExtensions: [{ x: 1 }, { y: 2 }] })());
const context = vm.createContext({ inContext: 'yes' });
const inner = vm.compileFunction('return [inContext, typeof require, Object === outerObject]', ['outerObject'],
  { parsingContext: context });
console.log(inner(Object));
try {
  vm.compileFunction('return inContext')();
} catch (error) {
  console.log(error.name, error.message);
}
const thrower = vm.compileFunction('\nthrow new Error("at line 2")', [], { filename: 'fn.js', lineOffset: 10 });
try {
  thrower();
} catch (error) {
  console.log(error.stack.split('\n').slice(0, 2).join('\n'));
}
for (const body of ['});\n\n(function() {\nconsole.log(1);\n})();\n\n(function() {', '}, console.log("escaped"), function () {']) {
  try {
    vm.compileFunction(body);
    console.log('compiled');
  } catch (error) {
    console.log(error.name, error.message);
  }
}
for (const args of [[1], ['', 'x'], ['', [1]], ['', [], null], ['', [], { contextExtensions: [1] }],
  ['', [], { parsingContext: {} }], ['', [], { lineOffset: 2 ** 31 }]]) {
  try {
    vm.compileFunction(...args);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const produced = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log(produced.cachedDataProduced, Buffer.isBuffer(produced.cachedData));
