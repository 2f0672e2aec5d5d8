// The contextified object's properties are the context's globals both ways: reads, writes, declarations, deletes.
const vm = require('vm');

const sandbox = { a: 1, list: [1] };
const context = vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.createContext(sandbox) === sandbox);
console.log(vm.runInContext('a + list.length', context));
vm.runInContext('a = 2; list.push(2); b = 3; var v = 4; function f() { return v; } let hidden = 5; const k = 6;', context);
console.log(sandbox.a, sandbox.list, sandbox.b, sandbox.v, typeof sandbox.f, sandbox.f(), 'hidden' in sandbox, 'k' in sandbox);
console.log(Object.getOwnPropertyDescriptor(sandbox, 'v'));
console.log(Object.keys(sandbox).sort());
sandbox.c = 'from outside';
sandbox.a = 10;
console.log(vm.runInContext('[a, c, typeof b, hidden, k]', context));
delete sandbox.c;
console.log(vm.runInContext('typeof c', context));
vm.runInContext('delete b', context);
console.log('b' in sandbox);
try {
  vm.runInContext('notDefinedAnywhere', context);
} catch (error) {
  console.log(error.name, error.message, error instanceof Error, error instanceof vm.runInContext('Error', context));
}
console.log(vm.runInContext('typeof notDefinedAnywhere', context));
console.log(vm.runInContext('Object.getOwnPropertyDescriptor(globalThis, "a")', context));
// Accessors keep their functions.
let hits = 0;
const accessors = vm.createContext(Object.defineProperty({}, 'counter', {
  get() { hits++; return hits; }, enumerable: true, configurable: true,
}));
console.log(vm.runInContext('counter + counter', accessors), hits);
// A property that is the sandbox reads as the global inside.
const windowLike = vm.createContext({});
windowLike.window = windowLike;
console.log(vm.runInContext('window === this', windowLike), windowLike.window === windowLike);
// Methods the sandbox inherits are found too.
class Document { title() { return 'doc'; } }
const documentContext = vm.createContext(new Document());
console.log(vm.runInContext('title()', documentContext));
// Non-configurable sandbox properties keep their attributes.
const frozen = vm.createContext(Object.defineProperty({}, 'fixed', { value: 'v' }));
console.log(vm.runInContext('Object.getOwnPropertyDescriptor(this, "fixed")', frozen));
console.log(vm.runInContext('delete fixed', frozen));
vm.runInContext('Object.defineProperty(this, "defined", { value: 1 })', frozen);
console.log(Object.getOwnPropertyDescriptor(frozen, 'defined'));
