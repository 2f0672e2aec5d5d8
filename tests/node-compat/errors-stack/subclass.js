// Error subclasses: the constructors of the error being made are not frames
// (V8 starts at the `new`), the header uses the name at the first read, and
// deeper hierarchies and super() calls behave the same.
'use strict';

const frames = (error) => String(error.stack).split('\n').filter((line, i) => i === 0 || line.includes(__filename))
  .join('\n').split(`${__dirname}/`).join('');

class AppError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'AppError';
  }
}
class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`);
    this.name = 'NotFound';
    this.status = 404;
  }
}
class Quiet extends Error {}

function find(what) {
  return new NotFound(what);
}

console.log(frames(new AppError('base')));
console.log(frames(find('user')));
console.log(frames(new Quiet('no name of its own')));
console.log(frames(new AppError('with cause', { cause: new Error('inner') })));

// A constructor that makes an unrelated error keeps its own frame.
class Wrapper {
  constructor() {
    this.error = new Error('inside Wrapper');
  }
}
console.log(frames(new Wrapper().error));

// Reflect.construct with a new.target.
console.log(frames(Reflect.construct(Error, ['via Reflect.construct'], NotFound)));

// An Error re-prototyped after it was made keeps its frames.
function LegacyError(message) {
  const error = new Error(message);
  Object.setPrototypeOf(error, LegacyError.prototype);
  return error;
}
LegacyError.prototype = Object.create(Error.prototype, { name: { value: 'LegacyError' } });
console.log(frames(LegacyError('re-prototyped')));
