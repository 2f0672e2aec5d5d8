'use strict';
// `assert` and `assert/strict`: a MINIMAL stand-in so that Node's test
// harness (test/common, which requires assert at load) can run. It has the
// whole API surface of the checks (ok, equal family, deep equal family,
// throws/rejects with classes, RegExps, validation functions and objects,
// match, fail, ifError) with Node's pass/fail decisions, an AssertionError
// with Node's fields (code, actual, expected, operator, generatedMessage).
//
// Not covered: Node's message texts and diffs, partialDeepStrictEqual,
// CallTracker, assert.Assert. The full module (issue 4's assert line) is
// written separately and replaces this file.

const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_AMBIGUOUS_ARGUMENT },
} = require('internal/errors');

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { message, actual, expected, operator } = options;
    const generated = message == null;
    super(generated ? defaultMessage(actual, expected, operator) : String(message));
    this.generatedMessage = generated;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this, options.stackStartFn || options.stackStartFunction);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

const operatorText = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  deepEqual: 'Expected values to be loosely deep-equal:',
  equal: 'Expected values to be loosely equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notEqual: 'Expected "actual" to be loosely unequal to:',
};

function defaultMessage(actual, expected, operator) {
  const head = operatorText[operator];
  if (head === undefined) return `${inspect(actual)} ${operator} ${inspect(expected)}`;
  if (operator.startsWith('not')) return `${head}\n\n${inspect(actual)}`;
  return `${head}\n\n${inspect(actual)}\n\nshould equal\n\n${inspect(expected)}`;
}

function innerFail(fields) {
  if (fields.message instanceof Error) throw fields.message;
  throw new AssertionError(fields);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    if (argLen === 0) {
      innerFail({ message: 'No value argument passed to `assert.ok()`', actual: undefined, expected: true, operator: '==', stackStartFn: fn });
    }
    innerFail({ message: message ?? 'The expression evaluated to a falsy value', actual: value, expected: true, operator: '==', stackStartFn: fn });
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

// --- Deep equality ---

function isBoxed(value) {
  return ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(Object.prototype.toString.call(value).slice(8, -1)) &&
    typeof value === 'object';
}

function ownKeys(value, strict) {
  const keys = Object.keys(value);
  if (!strict) return keys;
  return keys.concat(Object.getOwnPropertySymbols(value).filter((s) => Object.prototype.propertyIsEnumerable.call(value, s)));
}

function deepEqual(a, b, strict, memo) {
  if (strict ? Object.is(a, b) : (a === b || (a !== a && b !== b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (strict) return false;
    if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) return false;
    // eslint-disable-next-line eqeqeq
    return a == b;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tagA = Object.prototype.toString.call(a);
  if (tagA !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  memo ??= new Map();
  const seen = memo.get(a);
  if (seen !== undefined && seen === b) return true;
  memo.set(a, b);

  if (a instanceof Date) {
    if (a.getTime() !== b.getTime()) return false;
  } else if (a instanceof RegExp) {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isBoxed(a)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (a instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (a.byteLength !== b.byteLength || a.length !== b.length) return false;
    if (a instanceof DataView) {
      for (let i = 0; i < a.byteLength; i++) if (a.getUint8(i) !== b.getUint8(i)) return false;
    } else {
      for (let i = 0; i < a.length; i++) {
        if (strict ? !Object.is(a[i], b[i]) : a[i] != b[i]) return false; // eslint-disable-line eqeqeq
      }
    }
    const keysA = ownKeys(a, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    const keysB = ownKeys(b, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    if (keysA.length !== keysB.length) return false;
    return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k], strict, memo));
  } else if (a instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && a instanceof SharedArrayBuffer)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (a instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [key, value] of a) {
      if (b.has(key)) {
        if (!deepEqual(value, b.get(key), strict, memo)) return false;
      } else if (typeof key === 'object' && key !== null) {
        let found = false;
        for (const [otherKey, otherValue] of b) {
          if (deepEqual(key, otherKey, strict, memo) && deepEqual(value, otherValue, strict, memo)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      } else if (strict) {
        return false;
      } else {
        let found = false;
        for (const [otherKey, otherValue] of b) {
          if (deepEqual(key, otherKey, false, memo) && deepEqual(value, otherValue, false, memo)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
    }
  } else if (a instanceof Set) {
    if (a.size !== b.size) return false;
    for (const value of a) {
      if (b.has(value)) continue;
      if (typeof value !== 'object' && strict) return false;
      let found = false;
      for (const other of b) {
        if (deepEqual(value, other, strict, memo)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
  } else if (a instanceof WeakMap || a instanceof WeakSet || a instanceof Promise) {
    return false;
  }
  if (Array.isArray(a) && a.length !== b.length) return false;
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
    if (!deepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function compare(name, test, fn) {
  const assertion = {
    [name](actual, expected, message) {
      if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
      if (!test(actual, expected)) innerFail({ actual, expected, message, operator: name, stackStartFn: assertion });
    },
  }[name];
  return fn ?? assertion;
}

/* eslint-disable eqeqeq */
const equal = compare('equal', (a, b) => a == b || (a !== a && b !== b));
const notEqual = compare('notEqual', (a, b) => !(a == b || (a !== a && b !== b)));
/* eslint-enable eqeqeq */
const strictEqual = compare('strictEqual', Object.is);
const notStrictEqual = compare('notStrictEqual', (a, b) => !Object.is(a, b));
const deepEqualAssert = compare('deepEqual', (a, b) => deepEqual(a, b, false));
const notDeepEqual = compare('notDeepEqual', (a, b) => !deepEqual(a, b, false));
const deepStrictEqual = compare('deepStrictEqual', (a, b) => deepEqual(a, b, true));
const notDeepStrictEqual = compare('notDeepStrictEqual', (a, b) => !deepEqual(a, b, true));

function fail(message = 'Failed') {
  if (arguments.length >= 2) {
    // The deprecated fail(actual, expected, message, operator).
    const [actual, expected, text, operator = '!='] = arguments;
    innerFail({ actual, expected, message: text, operator, stackStartFn: fail });
  }
  if (message instanceof Error) throw message;
  const error = new AssertionError({ message, operator: 'fail', stackStartFn: fail });
  error.generatedMessage = arguments.length === 0;
  throw error;
}

// --- throws / rejects ---

const NO_EXCEPTION = Symbol('no exception');

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

async function waitActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!promise || typeof promise.then !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promise);
    }
  } else if (promiseFn && typeof promiseFn.then === 'function') {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

function checkExpected(actual, expected, message, fn) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      innerFail({ actual, expected, message: message ?? `The error is expected to be an instance of "${expected.name}". Received "${actual?.constructor?.name}"`, operator: fn.name, stackStartFn: fn });
    }
    const result = expected.call({}, actual);
    if (result !== true) {
      innerFail({ actual, expected, message: message ?? `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected to return "true". Received ${inspect(result)}`, operator: fn.name, stackStartFn: fn });
    }
    return;
  }
  if (expected instanceof RegExp) {
    if (!expected.test(String(actual))) {
      innerFail({ actual, expected, message: message ?? `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(String(actual))}\n`, operator: fn.name, stackStartFn: fn });
    }
    return;
  }
  if (typeof expected !== 'object' || expected === null) {
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
  }
  const keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  for (const key of keys) {
    const want = expected[key];
    const got = actual?.[key];
    if (typeof got === 'string' && want instanceof RegExp && want.test(got)) continue;
    if (actual === null || typeof actual !== 'object' || !(key in actual) || !deepEqual(got, want, true)) {
      innerFail({ actual, expected, message: message ?? `Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   ${key}: ${inspect(got)}\n-   ${key}: ${inspect(want)}\n  }`, operator: fn.name, stackStartFn: fn });
    }
  }
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (message !== undefined) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null && actual.message === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (error !== undefined) checkExpected(actual, error, message, fn);
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || (typeof error === 'function' && actual instanceof error) || (error instanceof RegExp && error.test(String(actual)))) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({ actual, expected: error, operator: fn.name, message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`, stackStartFn: fn });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitActual(fn), ...args);
}

function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    message += typeof err === 'object' && typeof err.message === 'string' ?
      (err.message.length === 0 && err.constructor ? err.constructor.name : err.message) : inspect(err);
    const error = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    error.origin = err;
    throw error;
  }
}

function matcher(name, wantMatch) {
  const fn = {
    [name](string, regexp, message) {
      if (!(regexp instanceof RegExp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
      if (typeof string !== 'string' || regexp.test(string) !== wantMatch) {
        if (message instanceof Error) throw message;
        const text = message ?? (typeof string !== 'string' ?
          `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
          (wantMatch ? `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n` :
            `The input was expected to not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`));
        const error = new AssertionError({ actual: string, expected: regexp, message: text, operator: name, stackStartFn: fn });
        error.generatedMessage = message === undefined;
        throw error;
      }
    },
  }[name];
  return fn;
}

const match = matcher('match', true);
const doesNotMatch = matcher('doesNotMatch', false);

const assert = Object.assign(ok, {
  AssertionError,
  deepEqual: deepEqualAssert,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  equal,
  fail,
  ifError,
  match,
  notDeepEqual,
  notDeepStrictEqual,
  notEqual,
  notStrictEqual,
  ok,
  rejects,
  strictEqual,
  throws,
});

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
