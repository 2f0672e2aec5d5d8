// Code that replaces %ArrayIteratorPrototype%.next (as test/common's
// mustNotCall checks do) still gets call sites and stacks: the stack API
// never iterates an array on the user's behalf.
const util = require('util');
const iteratorPrototype = Reflect.getPrototypeOf([].values());
const { next } = iteratorPrototype;
let called = 0;

function where() {
  return util.getCallSites(2);
}
iteratorPrototype.next = function () {
  called++;
  return next.call(this);
};
const sites = where();
const stack = new Error('here').stack;
iteratorPrototype.next = next;
console.log('sites', sites.map((site) => `${site.functionName} ${site.lineNumber}:${site.column}`));
console.log('stack lines', stack.split('\n').length > 1);
console.log('replaced next called', called);
