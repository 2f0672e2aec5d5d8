'use strict';
// `assert.AssertionError`: Node 24's messages, word for word. A failed
// strictEqual/deepStrictEqual/partialDeepStrictEqual shows a line diff of the
// two values inspected (sorted keys, getters, no depth limit), or `a !== b`
// for short one-line values; the other operators show both values or one.
// The stack starts at the assert function's caller and its first line names
// the code (`AssertionError [ERR_ASSERTION]: ...`), as Node prints it.

const { inspect } = require('internal/util/inspect');
const colors = require('internal/util/colors');
const { validateObject } = require('internal/validators');
const { myersDiff, printMyersDiff, printSimpleMyersDiff } = require('internal/assert/myers_diff');
const { isNativeError } = require('internal/util/types');

const isError = (value) => isNativeError(value) || value instanceof Error;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
// Lines of one value shown before the rest is cut (unless diff: 'full').
const kMaxShownLines = 50;

const kDiffOperators = ['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual'];

const stackTraceLimitDescriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
function canSetStackTraceLimit() {
  const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit') ?? stackTraceLimitDescriptor;
  if (descriptor === undefined) return Object.isExtensible(Error);
  return descriptor.writable === true || typeof descriptor.set === 'function';
}

// A copy of an error that prints the same but without its stack.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (isError(cause)) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

// The form both values take in messages, whatever util.inspect's defaults
// were changed to.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// strictEqual between two objects (or two functions) says they are not the
// same reference.
function checkOperator(actual, expected, operator) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    return 'strictEqualObject';
  }
  return operator;
}

function coloredCharacterDiff(actual, expected) {
  const header = `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`;
  const message = printSimpleMyersDiff(myersDiff(actual.split(''), expected.split('')));
  return { message, header, skipped: false };
}

// `+ actual` over `- expected` (both inspected), with a caret under the
// first differing character when they are short.
function stackedDiff(actual, expected) {
  let message = `\n${colors.green}+${colors.white} ${actual}\n${colors.red}- ${colors.white}${expected}`;
  const terminalWidth = process.stderr.isTTY ? process.stderr.columns : 80;
  if (actual.length + expected.length <= terminalWidth) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        // Within the quote and the first two characters the difference is
        // plain to see.
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message };
}

function simpleDiff(originalActual, actual, originalExpected, expected) {
  let length = actual.length + expected.length;
  if (typeof originalActual === 'string') length -= 2;
  if (typeof originalExpected === 'string') length -= 2;
  if (length <= kMaxShortStringLength && (originalActual !== 0 || originalExpected !== 0)) {
    return { message: `${actual} !== ${expected}`, header: '' };
  }
  const bothStrings = typeof originalActual === 'string' && typeof originalExpected === 'string';
  if (bothStrings && colors.hasColors) return coloredCharacterDiff(actual, expected);
  return stackedDiff(actual, expected);
}

function createErrDiff(actual, expected, operator, customMessage, diffType = 'simple') {
  operator = checkOperator(actual, expected, operator);
  let skipped = false;
  let message;
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;

  const oneLine = actualLines.length === 1 && expectedLines.length === 1;
  if (oneLine && (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null)) {
    const diff = simpleDiff(actual, actualLines[0], expected, expectedLines[0]);
    message = diff.message;
    if (diff.header !== undefined) header = diff.header;
    if (diff.skipped) skipped = true;
  } else if (inspectedActual === inspectedExpected) {
    // Structurally the same, different references.
    operator = 'notIdentical';
    if (actualLines.length > kMaxShownLines && diffType !== 'full') {
      message = `${actualLines.slice(0, kMaxShownLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = actualLines.join('\n');
    }
    header = '';
  } else {
    const ignoreTrailingComma = actual != null && typeof actual === 'object';
    const printed = printMyersDiff(myersDiff(actualLines, expectedLines, ignoreTrailingComma), operator);
    message = printed.message;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ${colors.red}- expected${colors.white}`;
    }
    if (printed.skipped) skipped = true;
  }
  const title = customMessage || kReadableOperator[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// For inspecting an AssertionError: at most 10 lines or 512 characters of a
// string `actual`/`expected`.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > kMaxLongStringLength) return `${string.slice(kMaxLongStringLength)}...`;
  return string;
}

// The generated message of the operators without a diff.
function describeWithoutDiff(actual, expected, operator, diff) {
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    // The values are equal: show one.
    let base = kReadableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (lines.length > kMaxShownLines && diff !== 'full') {
      lines[46] = `${colors.blue}...${colors.white}`;
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const title = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    let message = `${title}\n\n${shownActual}`;
    if (message.length > 1024 && diff !== 'full') message = `${message.slice(0, 1021)}...`;
    return message;
  }
  if (shownActual.length > kMaxLongStringLength && diff !== 'full') shownActual = `${shownActual.slice(0, 509)}...`;
  if (shownExpected.length > kMaxLongStringLength && diff !== 'full') {
    shownExpected = `${shownExpected.slice(0, 509)}...`;
  }
  if (operator === 'deepEqual') return `${title}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  const unequalTitle = kReadableOperator[`${operator}Unequal`];
  if (unequalTitle) return `${unequalTitle}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  return `${shownActual} ${operator} ${shownExpected}`;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      stackStartFunction, // the name older releases used
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    // The stack is captured below, from the assert function's caller.
    const limit = Error.stackTraceLimit;
    const limitWritable = canSetStackTraceLimit();
    if (limitWritable) Error.stackTraceLimit = 0;

    let text;
    if (message != null) {
      text = kDiffOperators.includes(operator) ?
        createErrDiff(actual, expected, operator, message, diff) :
        String(message);
    } else {
      // Environment variables may have changed since the last message.
      colors.refresh();
      // Two errors are shown without their stacks.
      if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = kDiffOperators.includes(operator) ?
        createErrDiff(actual, expected, operator, message, diff) :
        describeWithoutDiff(actual, expected, operator, diff);
    }
    super(text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // The stack is made now, while the name still carries the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // `actual` and `expected` are shown shortened and one level deep: the
    // message already holds them in full.
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = addEllipsis(actual);
    if (typeof expected === 'string') this.expected = addEllipsis(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = AssertionError;
