// Errors with fixed stacks so the output does not depend on the engine.
'use strict';

function makeError(ErrorClass, message, stack, props) {
  const err = new ErrorClass(message);
  err.stack = stack;
  return Object.assign(err, props);
}

console.log(makeError(Error, 'boom', 'Error: boom'));
console.log(makeError(TypeError, 'bad type', 'TypeError: bad type'));
console.log(makeError(Error, 'with code', 'Error: with code', { code: 'E_CODE', errno: -2 }));
console.log(makeError(RangeError, '', 'RangeError'));
console.log(makeError(Error, 'x', 'Error: x\n    at fn (/app/index.js:1:1)\n    at main (/app/index.js:9:3)'));
console.log({ nested: makeError(Error, 'inner', 'Error: inner\n    at fn (/app/index.js:1:1)') });
console.log([makeError(SyntaxError, 'in array', 'SyntaxError: in array')]);

class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
  }
}
const invalid = new ValidationError('field is required');
invalid.stack = 'ValidationError: field is required';
invalid.field = 'email';
console.log(invalid);

const renamed = makeError(Error, 'renamed', 'Error: renamed');
renamed.name = 'CustomName';
console.log(renamed);

const withCause = new Error('outer failure', { cause: makeError(Error, 'root cause', 'Error: root cause') });
withCause.stack = 'Error: outer failure';
console.log(withCause);

const aggregate = new AggregateError([makeError(Error, 'one', 'Error: one'), 'two'], 'several');
aggregate.stack = 'AggregateError: several';
console.log(aggregate);

console.log(makeError(Error, 'unrelated', 'a stack that does not mention the error'));
