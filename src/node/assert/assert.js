'use strict';
// The `assert` module (and, through `assert.strict`, `assert/strict`):
// ok/equal/notEqual/strictEqual/notStrictEqual/deepEqual/deepStrictEqual/
// notDeepEqual/notDeepStrictEqual/partialDeepStrictEqual, throws/
// doesNotThrow/rejects/doesNotReject with validation objects, classes,
// functions and regular expressions, match/doesNotMatch, ifError, fail, the
// `Assert` class with its `strict`, `diff` and `skipPrototype` options, and
// the deprecated CallTracker. Failures throw AssertionError with Node 24's
// messages (internal/assert/assertion_error); deep equality is
// internal/util/comparisons, shared with util.isDeepStrictEqual.

const { codes } = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { isPromise, isRegExp, isNativeError } = require('internal/util/types');
const { innerOk } = require('internal/assert/utils');
const CallTracker = require('internal/assert/calltracker');
const { validateFunction, validateOneOf } = require('internal/validators');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = require('internal/util/comparisons');

const isError = (value) => isNativeError(value) || value instanceof Error;
const regExpExec = (regexp, string) => RegExp.prototype.exec.call(regexp, string);

const kOptions = Symbol('options');
// What getActual/waitForActual return when nothing was thrown.
const NO_EXCEPTION_SENTINEL = {};

let warnedAboutFail = false;

// `new Assert({ diff, strict, skipPrototype })`: assert functions bound to
// options. Its methods read the options from `this`, so a method taken off
// an instance (`const { equal } = new Assert()`) uses the defaults.
function Assert(options) {
  if (!new.target) throw new codes.ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = Object.assign({ __proto__: null, strict: true, skipPrototype: false }, options);
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { __proto__: null, value: options, enumerable: false, configurable: false, writable: false });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

function diffOption(self) {
  return self?.[kOptions]?.diff;
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function requireTwo(count) {
  if (count < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

Assert.prototype.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const count = arguments.length;
  let internalMessage = false;
  if (actual == null && count <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (count === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedAboutFail) {
      warnedAboutFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (count === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: diffOption(this),
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

// The default export: `assert(value, message)` is `assert.ok`.
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = ok;
module.exports = assert;
assert.AssertionError = AssertionError;

Assert.prototype.ok = function ok(...args) {
  innerOk(ok, args.length, ...args);
};

Assert.prototype.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOption(this) });
  }
};

Assert.prototype.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOption(this) });
  }
};

Assert.prototype.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: diffOption(this) });
  }
};

Assert.prototype.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: diffOption(this),
    });
  }
};

Assert.prototype.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected, this?.[kOptions]?.skipPrototype)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual, diff: diffOption(this),
    });
  }
};

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected, this?.[kOptions]?.skipPrototype)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'notDeepStrictEqual',
      stackStartFn: notDeepStrictEqual,
      diff: diffOption(this),
    });
  }
}
Assert.prototype.notDeepStrictEqual = notDeepStrictEqual;

Assert.prototype.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: diffOption(this) });
  }
};

Assert.prototype.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual, diff: diffOption(this),
    });
  }
};

Assert.prototype.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
      diff: diffOption(this),
    });
  }
};

// The keys of a validation object, taken from the thrown error (or, for a
// RegExp the error's string matches, the matched string) so the diff shows
// only what differs.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          regExpExec(obj[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
      diff: diffOption(this),
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOption(this) });
}

// Whether the thrown `actual` is what `expected` (a RegExp, a validation
// object, an Error class or a validation function) describes; throws an
// AssertionError saying why not.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const string = String(actual);
      if (regExpExec(expected, string) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(string)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: diffOption(this),
      });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys must match; errors always
      // compare `name` and `message` too.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regExpExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name ? 'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOption(this),
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION_SENTINEL;
}

// Native promises, and look-alikes with both `then` and `catch`.
function checkIsPromise(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
     typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === Assert.prototype.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
      diff: diffOption(this),
    });
  }
  if (!error) return;
  expectedException.call(this, actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regExpExec(expected, String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === Assert.prototype.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
      diff: diffOption(this),
    });
  }
  throw actual;
}

Assert.prototype.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

Assert.prototype.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

Assert.prototype.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

Assert.prototype.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

Assert.prototype.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: diffOption(this),
  });
  // The new error's frames down to where they meet the original error's,
  // then the original's.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = origStack.indexOf('\n    at');
    if (origStackStart !== -1) {
      const originalFrames = origStack.slice(origStackStart + 1).split('\n');
      let newFrames = String(newErr.stack).split('\n');
      for (const frame of originalFrames) {
        const at = newFrames.indexOf(frame);
        if (at !== -1) {
          newFrames = newFrames.slice(0, at);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === Assert.prototype.match;
  if (typeof string === 'string' && (regExpExec(regexp, string) !== null) === match) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  message ||= typeof string !== 'string' ?
    'The "string" argument must be of type string. Received type ' + `${typeof string} (${inspect(string)})` :
    (match ?
      'The input did not match the regular expression ' :
      'The input was expected to not match the regular expression ') +
      `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: diffOption(this),
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

Assert.prototype.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

Assert.prototype.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

// `assert.strict` (the `assert/strict` module): the strict methods under
// the loose names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.ok = assert;
for (const name of [
  'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual',
  'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects',
  'doesNotThrow', 'doesNotReject', 'ifError',
]) {
  Object.defineProperty(assert, name, {
    __proto__: null,
    value: Assert.prototype[name], writable: true, enumerable: true, configurable: true,
  });
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;
