// vm.Script: compiled once, run in this context, in contexts, in new contexts; options and their validation.
const vm = require('vm');

const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 'counter.js' });
const one = vm.createContext({});
const two = vm.createContext({ count: 10 });
script.runInContext(one);
script.runInContext(one);
script.runInContext(two);
console.log(one.count, two.count, script.runInNewContext({ count: 100 }));
globalThis.count = 41;
console.log(script.runInThisContext(), globalThis.count);
console.log(vm.runInThisContext('var declaredByVm = 1; typeof require'), globalThis.declaredByVm);
console.log(Object.getOwnPropertyNames(vm.Script.prototype));
console.log(Object.getPrototypeOf(vm.Script.prototype).constructor.name);
console.log(Object.keys(vm), vm.constants);

const produced = new vm.Script('1 + 1', { produceCachedData: true });
console.log(produced.cachedDataProduced, Buffer.isBuffer(produced.cachedData), produced.cachedData.length > 0);
const data = new vm.Script('21 * 2').createCachedData();
const accepted = new vm.Script('21 * 2', { cachedData: data });
console.log(Buffer.isBuffer(data), accepted.cachedDataRejected, accepted.runInThisContext());
console.log(new vm.Script('1', { cachedData: new vm.Script('2').createCachedData() }).cachedDataRejected);
console.log(new vm.Script('1').sourceMapURL, new vm.Script('1\n//# sourceMappingURL=a.js.map').sourceMapURL);

for (const [code, options] of [
  ['1', { filename: 1 }], ['1', { lineOffset: 1.5 }], ['1', { columnOffset: 'x' }], ['1', { cachedData: 'x' }],
  ['1', { produceCachedData: 1 }], ['1', null],
]) {
  try {
    new vm.Script(code, options);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
for (const options of [{ timeout: -1 }, { timeout: 1.5 }, { displayErrors: 1 }, { breakOnSigint: 'no' }, 'x']) {
  try {
    new vm.Script('1').runInThisContext(options);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
try {
  new vm.Script('1').runInContext({});
} catch (error) {
  console.log(error.name, error.code, error.message);
}
try {
  vm.isContext(1);
} catch (error) {
  console.log(error.name, error.code, error.message);
}
try {
  vm.createContext({}, { microtaskMode: 'never' });
} catch (error) {
  console.log(error.name, error.code, error.message);
}
