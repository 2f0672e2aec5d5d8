// Error causes, nested errors and errors inside collections.
'use strict';

function fixedError(message, options) {
  const err = new Error(message, options);
  err.stack = `Error: ${message}`;
  return err;
}

console.log(fixedError('top', { cause: fixedError('middle', { cause: fixedError('bottom') }) }));
console.log(fixedError('primitive cause', { cause: 'a string' }));
console.log(fixedError('undefined cause', { cause: undefined }));
console.log(new Map([['failure', fixedError('in map')]]));
console.log({ errors: [fixedError('first'), fixedError('second')] });
const withStack = fixedError('has frames');
withStack.stack = 'Error: has frames\n    at step (/srv/app.js:10:5)\n    at run (/srv/app.js:20:3)';
console.log({ wrapped: withStack });
