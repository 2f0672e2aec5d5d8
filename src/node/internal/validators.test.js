// Compares src/node/internal/validators.js with Node's own validators
// (reached with --expose-internals: the script restarts itself with that
// flag) and with the errors public Node APIs raise through them.
// Run with `node src/node/internal/validators.test.js`; the harness is
// src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const fs = process.getBuiltinModule('fs');
const nodePath = process.getBuiltinModule('path');
const util = process.getBuiltinModule('util');

const nodeValidators = checker.exposeInternals()('internal/validators');

const mine = checker.requireBuiltin('internal/validators');

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return {
      error: {
        name: error.name,
        code: error.code,
        message: error.message,
        string: String(error),
        isTypeError: error instanceof TypeError,
        isRangeError: error instanceof RangeError,
      },
    };
  }
}

const tally = checker.createTally();

function check(label, actualFn, expectedFn) {
  tally.compare(label, outcome(actualFn), outcome(expectedFn));
}

function checkBoth(name, args) {
  const label = `${name}(${args.map((a) => util.inspect(a, { depth: 0 })).join(', ')})`;
  check(label, () => mine[name](...args), () => nodeValidators[name](...args));
}

const values = [
  undefined, null, 0, -0, 1, -1, 1.5, -2.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 2 ** 32,
  2 ** 32 - 1, 2 ** 53, -(2 ** 53), 65535, 65536, 80, 0xFFFF, 10n, true, false, '', ' ', '80', '0', '65536', '-1',
  '1.5', '0x10', 'abc', 'hex', 'utf8', "it's", 'a'.repeat(40), Symbol('s'), {}, [], [1, 'a'], ['a', 'b'],
  [true, false], () => {}, async () => {}, function named() {}, class Klass {}, new Map(), Object.create(null),
  new Uint8Array(2), Buffer.from('ab'), new DataView(new ArrayBuffer(1)), new ArrayBuffer(1),
  new AbortController().signal, { aborted: false }, new Date(0), /x/, new Error('e'),
];

for (const value of values) {
  for (const name of ['validateString', 'validateBoolean', 'validateFunction', 'validateArray', 'validateBuffer',
    'validateDictionary', 'validateUndefined', 'validateAbortSignal', 'validateStringArray', 'validateBooleanArray',
    'validatePort', 'validatePlainFunction']) {
    checkBoth(name, [value, 'arg']);
  }
  for (const name of ['validateNumber', 'validateInteger', 'validateInt32', 'validateUint32', 'validateObject']) {
    checkBoth(name, [value, 'options.value']);
  }
  checkBoth('validateNumber', [value, 'n', 0]);
  checkBoth('validateNumber', [value, 'n', undefined, 100]);
  checkBoth('validateNumber', [value, 'n', -1.5, 2 ** 40]);
  checkBoth('validateInteger', [value, 'n', 1, 10]);
  checkBoth('validateInt32', [value, 'n', 0, 255]);
  checkBoth('validateUint32', [value, 'n', true]);
  for (const flags of [1, 2, 4, 3, 5, 6, 7]) checkBoth('validateObject', [value, 'opts', flags]);
  checkBoth('validateOneOf', [value, 'mode', ['a', 'b', 1, null]]);
  checkBoth('validatePort', [value, 'options.port', false]);
  checkBoth('validatePort', [value]);
  checkBoth('validateArray', [value, 'list', 2]);
  checkBoth('validateUnion', [value, 'kind', ['x', 'y']]);
  checkBoth('isInt32', [value]);
  checkBoth('isUint32', [value]);
  checkBoth('validateFiniteNumber', [value, 'n']);
  checkBoth('checkRangesOrGetDefault', [value, 'n', -5, 5, 3]);
  checkBoth('validateAbortSignalArray', [[value], 'signals']);
  checkBoth('parseFileMode', [value, 'mode', 0o644]);
}

// The older object form of validateObject's options maps onto the flags.
const objectOptions = [
  [{}, 0], [{ nullable: true }, 1], [{ allowArray: true }, 2], [{ allowFunction: true }, 4],
  [{ allowArray: true, allowFunction: true, nullable: true }, 7],
];
for (const value of [null, [], () => {}, {}, 1]) {
  for (const [options, flags] of objectOptions) {
    check(`validateObject(${util.inspect(value)}, ${util.inspect(options)})`,
          () => mine.validateObject(value, 'o', options), () => nodeValidators.validateObject(value, 'o', flags));
  }
}

for (const signal of ['SIGTERM', 'SIGKILL', 'sigterm', 'SIGNOPE', 'SIGINT', 'SIGUSR2', 'SIGPWR', 'SIGSTKFLT', 'SIGIOT',
  'SIGPOLL', 'SIGUNUSED', 'SIGLOST', 1, null, '']) {
  checkBoth('validateSignalName', [signal]);
  checkBoth('validateSignalName', [signal, 'options.killSignal']);
}
for (const [data, encoding] of [['abc', 'hex'], ['abcd', 'hex'], ['abc', 'HEX'], ['abc', 'utf8'],
  [Buffer.from('abc'), 'hex'], ['abc', undefined]]) {
  checkBoth('validateEncoding', [data, encoding]);
}
check('constants', () => [mine.kValidateObjectNone, mine.kValidateObjectAllowNullable, mine.kValidateObjectAllowArray,
  mine.kValidateObjectAllowFunction, mine.kValidateObjectAllowObjects, mine.kValidateObjectAllowObjectsAndNull],
() => [nodeValidators.kValidateObjectNone, nodeValidators.kValidateObjectAllowNullable,
  nodeValidators.kValidateObjectAllowArray, nodeValidators.kValidateObjectAllowFunction,
  nodeValidators.kValidateObjectAllowObjects, nodeValidators.kValidateObjectAllowObjectsAndNull]);

// Public APIs that validate through these, against the same call on ours.
const net = process.getBuiltinModule('net');
const apiCases = [
  ['setTimeout(1)', () => setTimeout(1), () => mine.validateFunction(1, 'callback')],
  ['fs.readFile(1, 2)', () => fs.readFile('x', 2), () => mine.validateFunction(2, 'cb')],
  ['Buffer.alloc("1")', () => Buffer.alloc('1'), () => mine.validateNumber('1', 'size')],
  ['net listen port "abc"', () => net.createServer().listen({ port: 'abc' }),
    () => mine.validatePort('abc', 'options.port')],
  ['process.kill bad signal', () => process.kill(process.pid, 'SIGNOPE'), () => mine.validateSignalName('SIGNOPE')],
  ['AbortSignal.timeout(-1)', () => AbortSignal.timeout(-1),
    () => mine.validateUint32(-1, 'delay', false)],
  ['path.format(1)', () => nodePath.format(1), () => mine.validateObject(1, 'pathObject')],
  ['events.once bad signal', () => process.getBuiltinModule('events').on({ on() {} }, 'x', { signal: 1 }),
    () => mine.validateAbortSignal(1, 'options.signal')],
];
for (const [label, real, ours] of apiCases) check(label, ours, real);
check('validatePort returns a number',
      () => [mine.validatePort('80'), mine.validatePort(443), mine.validatePort(' 7 ')], () => [80, 443, 7]);

tally.finish();
