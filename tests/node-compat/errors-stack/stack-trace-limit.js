// Error.stackTraceLimit: 10 by default, how many frames a capture keeps (read
// at the capture); 0 or less keeps none, a fraction is rounded down, a value
// that is not a number captures nothing (`stack` reads undefined).
'use strict';

function recurse(depth, make) {
  return depth === 0 ? make() : recurse(depth - 1, make);
}
const count = (stack) => stack.split('\n').filter((line) => line.startsWith('    at ')).length;
const userFrames = (stack) => stack.split('\n').filter((line) => line.includes(__filename)).length;

const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
console.log(Error.stackTraceLimit, descriptor.enumerable, descriptor.configurable);

for (const limit of [0, 1, 3, 10, 1.7, -1, 20, Infinity]) {
  Error.stackTraceLimit = limit;
  const stack = recurse(30, () => new Error('deep')).stack;
  // Past this file's frames the count depends on the runtime's own frames.
  const total = limit <= 30 ? `${count(stack)} frames, ` : '';
  console.log(`limit ${limit}: ${total}${userFrames(stack)} in this file, first: ${JSON.stringify(stack.split('\n')[0])}`);
}

for (const limit of ['5', undefined, null, {}]) {
  Error.stackTraceLimit = limit;
  const error = new Error('not a number');
  console.log(`limit ${String(limit)}: ${typeof error.stack}`, Object.hasOwn(error, 'stack'));
  const target = {};
  Error.captureStackTrace(target);
  console.log('  captureStackTrace:', typeof target.stack, Object.hasOwn(target, 'stack'));
}

// The limit at the capture counts, not at the read.
Error.stackTraceLimit = 2;
const early = recurse(5, () => new Error('early'));
Error.stackTraceLimit = 10;
console.log('captured with 2:', count(early.stack));

// Lowered around a capture, as Node's own errors and depd do.
function withLimit(limit, make) {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = limit;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = saved;
  }
}
console.log('limit 0 then back:', count(withLimit(0, () => new Error('quiet')).stack), count(new Error('loud').stack) > 0);
const target = {};
withLimit(Math.max(10, Error.stackTraceLimit), () => Error.captureStackTrace(target));
console.log('captured:', userFrames(target.stack));
