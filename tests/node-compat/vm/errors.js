// Errors of a context are its realm's; util, assert and stacks handle them as Node does.
const vm = require('vm');
const util = require('util');
const assert = require('assert');

const error = vm.runInNewContext('new TypeError("boom")');
console.log(error instanceof Error, error instanceof TypeError, util.types.isNativeError(error), Error.isError(error));
console.log(util.inspect(error).split('\n')[0]);
console.log(Object.prototype.toString.call(error), error.name, error.message);

function firstLines(stack, count) {
  return stack.split('\n').slice(0, count).join('\n');
}
const made = vm.runInNewContext('function make() { return new RangeError("deep"); }\nmake()', {}, { filename: 'made.js' });
console.log(firstLines(made.stack, 3));

for (const [code, filename] of [['null.x', 'null.js'], ['undefinedName + 1', 'ref.js'], ['throw new Error("thrown")', 'throw.js'],
  ['\n  a.b.c = 1', 'second-line.js'], ['function f() { throw new SyntaxError("inner") }\nf()', 'inner.js']]) {
  try {
    vm.runInNewContext(code, {}, { filename });
  } catch (thrown) {
    console.log(thrown.constructor.name, thrown instanceof Error, firstLines(thrown.stack, 4).replace(/\n[^\n]*$/, ''));
  }
}
try {
  vm.runInNewContext('throw 42');
} catch (thrown) {
  console.log('primitive', thrown);
}
try {
  new vm.Script('var a = ;', { filename: 'syntax.js' });
} catch (thrown) {
  // (The message is the engine's own.)
  console.log(thrown instanceof SyntaxError, firstLines(thrown.stack, 4));
}
try {
  vm.runInNewContext('var a = ;', {}, { filename: 'syntax-in-context.js' });
} catch (thrown) {
  console.log(thrown instanceof SyntaxError, thrown.name, firstLines(thrown.stack, 3));
}
try {
  vm.runInNewContext('null.x', {}, { filename: 'quiet.js', displayErrors: false });
} catch (thrown) {
  console.log(thrown.stack.startsWith('TypeError: '));
}

// assert: a foreign error is an error; prototypes of different realms differ.
assert.throws(() => vm.runInNewContext('throw new TypeError("x")'), { name: 'TypeError', message: 'x' });
assert.deepEqual(vm.runInNewContext('({ a: [1, 2] })'), { a: [1, 2] });
try {
  assert.deepStrictEqual(vm.runInNewContext('({ a: 1 })'), { a: 1 });
} catch (thrown) {
  console.log(thrown.code);
}
console.log(util.isDeepStrictEqual(vm.runInNewContext('[1]'), [1]));
