// Error.prepareStackTrace: Node's default is a function (ErrorPrepareStackTrace)
// that user code may call or replace; it runs when `stack` is first read, not
// when the error is made, with the error and its CallSites, `this` = Error, and
// its result (of any type) becomes `stack`.
'use strict';

const relative = (text) => String(text).split(`${__dirname}/`).join('');
const original = Error.prepareStackTrace;
console.log(typeof original, original.name, original.length);
console.log(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace').writable,
  Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace').enumerable);

// Called at the first read only, with what was captured.
let calls = 0;
Error.prepareStackTrace = function (error, sites) {
  calls++;
  return `${this === Error} ${error.message} ${Array.isArray(sites)} ${sites[0].getFunctionName()} ${relative(sites[0].getFileName())}`;
};
function make() {
  return new Error('lazy');
}
const lazy = make();
console.log('calls after new Error:', calls);
console.log(lazy.stack, '| calls:', calls);
console.log(lazy.stack, '| calls after second read:', calls);

// The function in force at the first read is the one used.
Error.prepareStackTrace = () => 'first';
const swapped = new Error('swap');
Error.prepareStackTrace = () => 'second';
console.log('swapped:', swapped.stack);

// Any value becomes the stack.
Error.prepareStackTrace = (error, sites) => sites;
const sites = make().stack;
console.log('sites:', Array.isArray(sites), Object.prototype.toString.call(sites[0]), sites[0].constructor.name);
console.log('frames:', sites.filter((site) => site.getFileName() === __filename).map((site) => `${site}`).map(relative));
Error.prepareStackTrace = () => 42;
console.log('number:', new Error('n').stack);

// The default formats CallSites it is given, and anything else by String().
Error.prepareStackTrace = original;
const mine = sites.filter((site) => site.getFileName() === __filename);
console.log(relative(original(new TypeError('by hand'), mine)));
console.log(original({ name: 'Plain', message: 'object' }, ['one', { toString: () => 'two' }]));
console.log(JSON.stringify(original(new Error('no frames'), [])));

// Errors made while a stack is prepared get the default text.
Error.prepareStackTrace = (error) => {
  const nested = new Error('nested');
  return `outer sees ${nested.stack.split('\n')[0]} and ${typeof error.stack}`;
};
console.log(new Error('outer').stack);

// A throwing prepareStackTrace throws from the read, every time.
Error.prepareStackTrace = () => {
  throw new Error('prepare failed');
};
const failing = new Error('f');
for (let i = 0; i < 2; i++) {
  try {
    failing.stack;
  } catch (error) {
    console.log('threw:', error.message);
  }
}

// Not a function, or deleted: the default formatting.
Error.prepareStackTrace = 'not a function';
console.log(new Error('string').stack.split('\n')[0]);
delete Error.prepareStackTrace;
console.log(new Error('deleted').stack.split('\n')[0], 'prepareStackTrace' in Error);
Error.prepareStackTrace = original;

// A wrapper around the default, as source-map tools install.
Error.prepareStackTrace = (error, trace) => `wrapped> ${original(error, trace.filter((site) => site.getFileName() === __filename))}`;
console.log(relative(make().stack));
