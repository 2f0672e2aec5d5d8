// Error.captureStackTrace(obj, fn): an own `stack` accessor on any object,
// headed by its name and message when first read, leaving out fn's frame and
// everything above it (all frames when fn is not on the stack).
'use strict';

const frames = (stack) => stack.split('\n').filter((line, i) => i === 0 || line.includes(__filename))
  .join('\n').split(`${__dirname}/`).join('');

const plain = {};
Error.captureStackTrace(plain);
console.log(frames(plain.stack));
const descriptor = Object.getOwnPropertyDescriptor(plain, 'stack');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);

const named = { name: 'Custom', message: 'made by hand' };
Error.captureStackTrace(named);
named.message = 'changed before the first read';
console.log(frames(named.stack));

function outer() {
  return middle();
}
function middle() {
  return inner();
}
function inner() {
  const target = {};
  Error.captureStackTrace(target, middle);
  return target;
}
console.log(frames(outer().stack));

const notOnStack = {};
Error.captureStackTrace(notOnStack, function neverCalled() {});
console.log(JSON.stringify(notOnStack.stack));

const notAFunction = {};
Error.captureStackTrace(notAFunction, 'not a function');
console.log(frames(notAFunction.stack));

// On an existing error: a fresh capture from here.
function remake(error) {
  Error.captureStackTrace(error);
  return error;
}
const error = new Error('recaptured');
error.stack;
console.log(frames(remake(error).stack));
console.log(Object.getOwnPropertyNames(error).sort());

// ES5-style error classes.
function LegacyError(message) {
  this.name = 'LegacyError';
  this.message = message;
  Error.captureStackTrace(this, LegacyError);
}
LegacyError.prototype = Object.create(Error.prototype);
function raise() {
  return new LegacyError('old style');
}
console.log(frames(raise().stack));

for (const bad of [1, 'string', null, undefined]) {
  try {
    Error.captureStackTrace(bad);
  } catch (e) {
    console.log(String(bad), e.name, e.message);
  }
}
try {
  Error.captureStackTrace(Object.freeze({}));
} catch (e) {
  console.log('frozen:', e.name, e.message);
}
const set = {};
Error.captureStackTrace(set);
set.stack = 'assigned';
console.log(set.stack, typeof Object.getOwnPropertyDescriptor(set, 'stack').get);
console.log(Error.captureStackTrace.name, Error.captureStackTrace.length);
