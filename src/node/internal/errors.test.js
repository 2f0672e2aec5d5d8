// Compares src/node/internal/errors.js with Node's own error machinery: every
// code against Node's internal `codes` (reached with --expose-internals: the
// script restarts itself with that flag), and the system errors against
// errors real Node APIs raise.
// Run with `node src/node/internal/errors.test.js`; the harness is
// src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const fs = process.getBuiltinModule('fs');
const net = process.getBuiltinModule('net');
const nodePath = process.getBuiltinModule('path');
const util = process.getBuiltinModule('util');

const nodeErrors = checker.exposeInternals()('internal/errors');

const mine = checker.requireBuiltin('internal/errors');

const tally = checker.createTally();

function report(label, actual, expected) {
  tally.compare(label, actual, expected, { depth: 4 });
}

const bases = [Error, TypeError, RangeError, URIError, SyntaxError];

function describeError(error) {
  if (!(error instanceof Error)) return { thrown: error };
  const described = {
    name: error.name,
    code: error.code,
    message: error.message,
    string: String(error),
    constructor: error.constructor?.name,
    bases: bases.filter((Base) => error instanceof Base).map((Base) => Base.name),
    keys: Object.keys(error),
  };
  for (const key of Object.keys(error)) {
    if (key !== 'code') described[`own ${key}`] = error[key];
  }
  return described;
}

function outcome(fn) {
  try {
    const value = fn();
    return value instanceof Error ? { made: describeError(value) } : { value };
  } catch (error) {
    return { error: describeError(error) };
  }
}

function compare(label, actualFn, expectedFn) {
  report(label, outcome(actualFn), outcome(expectedFn));
}

// --- Every code, with arguments Node accepts for it ---

const longString = 'abcdefghijklmnopqrstuvwxyz0123456789';
const sampleValues = [
  null, undefined, 0, -0, 1, -1.5, NaN, Infinity, -Infinity, 2 ** 53, 10n, true, false, Symbol('sym'), '',
  'short', "it's", longString, `${longString}'`, 'a'.repeat(28), 'a'.repeat(29), function named() {}, () => {},
  class Klass {}, {}, [], [1, 2, 3], new Map([[1, 2]]), Object.create(null), new (class Foo {})(),
  { constructor: {} }, new Error('inner'), /re/g, new Date(0), { a: { b: { c: { d: 1 } } } },
];

const specificArgs = {
  ERR_INVALID_ARG_TYPE: [['name', 'string', 1], ['first argument', 'number', 'x']],
  ERR_INVALID_ARG_VALUE: [['name', 1], ['opts.x', { big: 'x'.repeat(200) }, 'must be short']],
  ERR_OUT_OF_RANGE: [['n', '>= 0', -1], ['Custom message.', 'positive', -2, true]],
  ERR_MISSING_ARGS: [['a'], ['a', 'b'], ['a', 'b', 'c'], [['a', 'b'], 'c'], ['a', 'b', 'c', 'd']],
  ERR_INVALID_CHAR: [['header content', 'x-foo'], ['header content']],
  ERR_UNHANDLED_ERROR: [[], ["'text'"]],
  ERR_BUFFER_OUT_OF_BOUNDS: [[], ['offset']],
  ERR_SOCKET_BAD_PORT: [['Port', 'abc'], ['options.port', -1, false], ['Port', 70000, true]],
  ERR_INVALID_URL: [['not a url'], ['rel', 'http://base/']],
  ERR_INVALID_URL_SCHEME: [['file'], [['http', 'https']]],
  ERR_INVALID_MODULE_SPECIFIER: [['x', 'is bad'], ['x', 'is bad', '/base.js']],
  ERR_INVALID_PACKAGE_CONFIG: [['/p/package.json', undefined, undefined], ['/p', '/base', 'Unexpected token']],
  ERR_INVALID_PACKAGE_TARGET: [['/p/', '.', 'lib/x.js'], ['/p/', './sub', { a: 1 }, false, '/b'],
    ['/p/', '#imp', 'x', true]],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [['#x', '/p/', '/base'], ['#x', undefined, '/base']],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [['/p/', '.'], ['/p/', './sub', '/base']],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [['--foo', false], ['-x', true]],
  ERR_MODULE_NOT_FOUND: [['pkg', '/base.js', undefined], ['/x.js', '/base.js', 'file:///x.js']],
  ERR_INVALID_RETURN_VALUE: [['an object', 'hook', 5], ['a string', 'fn', null]],
  ERR_INVALID_RETURN_PROPERTY: [['url', 'resolve', 'format', 5]],
  ERR_INVALID_RETURN_PROPERTY_VALUE: [['a string', 'load', 'source', {}]],
  ERR_INVALID_ADDRESS_FAMILY: [['IPv7', 'host', 80]],
  ERR_ENCODING_INVALID_ENCODED_DATA: [['utf-8', 5]],
  ERR_FALSY_VALUE_REJECTION: [[0], [null]],
  ERR_INTERNAL_ASSERTION: [[undefined], ['message']],
};

function argsNodeAccepts(code) {
  if (specificArgs[code]) return specificArgs[code];
  const generic = ['alpha', 42, 'gamma', 7n];
  for (let count = 0; count <= generic.length; count++) {
    const args = generic.slice(0, count);
    try {
      new nodeErrors.codes[code](...args); // eslint-disable-line no-new
      return [args];
    } catch {
      // Node checks the number of arguments; try the next count.
    }
  }
  return [];
}

// Codes Node raises from C++ have no class in Node's errors.js: ours are
// checked for their shape (a plain error with an own `code`) instead.
for (const code of mine.nativeCodes) {
  const error = new mine.codes[code]('x', 'y');
  report(`${code} is a plain error with an own code`,
    `${Object.keys(error)} ${error.stack.split('\n')[0].includes('[')}`, 'code false');
}
const codes = Object.keys(mine.codes).filter((code) => code !== 'ERR_UNHANDLED_REJECTION' && !mine.nativeCodes.has(code));
for (const code of codes) {
  const NodeClass = nodeErrors.codes[code];
  report(`${code} exists in Node`, typeof NodeClass, 'function');
  if (typeof NodeClass !== 'function') continue;
  for (const args of argsNodeAccepts(code)) {
    compare(`new ${code}(${args.map((a) => util.inspect(a)).join(', ')})`,
            () => new mine.codes[code](...args), () => new NodeClass(...args));
  }
  for (const Base of bases) {
    if (!NodeClass[Base.name] && !mine.codes[code][Base.name]) continue;
    const args = argsNodeAccepts(code)[0];
    compare(`new ${code}.${Base.name}`, () => new mine.codes[code][Base.name](...args),
            () => new NodeClass[Base.name](...args));
  }
}

// ERR_INVALID_ARG_TYPE's wording for every kind of expectation and value.
const expectations = [
  'string', 'number', 'Function', 'function', 'Object', 'object', ['string', 'number'], ['string', 'number', 'bigint'],
  ['string', 'Buffer', 'URL'], ['Buffer', 'TypedArray', 'DataView'], ['object', 'Buffer'], ['Object', 'Array'],
  'AbortSignal', 'a dictionary', ['null', 'undefined'], 'an integer', ['string', 'a dictionary'],
  ['Function', 'Object', 'an iterable'], 'undefined', ['boolean', 'symbol', 'Array', 'a fancy thing', 'weird'],
];
for (const name of ['arg', 'options.flag', 'first argument', 'paths[0]']) {
  for (const expected of expectations) {
    compare(`ERR_INVALID_ARG_TYPE ${name} ${util.inspect(expected)}`,
            () => new mine.codes.ERR_INVALID_ARG_TYPE(name, expected, 1),
            () => new nodeErrors.codes.ERR_INVALID_ARG_TYPE(name, expected, 1));
  }
}
for (const value of sampleValues) {
  compare(`ERR_INVALID_ARG_TYPE received ${util.inspect(value)}`,
          () => new mine.codes.ERR_INVALID_ARG_TYPE('arg', 'string', value).message,
          () => new nodeErrors.codes.ERR_INVALID_ARG_TYPE('arg', 'string', value).message);
  compare(`determineSpecificType(${util.inspect(value)})`,
          () => mine.determineSpecificType(value), () => nodeErrors.determineSpecificType(value));
  compare(`ERR_INVALID_ARG_VALUE received ${util.inspect(value)}`,
          () => new mine.codes.ERR_INVALID_ARG_VALUE('opt', value).message,
          () => new nodeErrors.codes.ERR_INVALID_ARG_VALUE('opt', value).message);
  compare(`ERR_INVALID_RETURN_VALUE received ${util.inspect(value)}`,
          () => new mine.codes.ERR_INVALID_RETURN_VALUE('a thing', 'fn', value).message,
          () => new nodeErrors.codes.ERR_INVALID_RETURN_VALUE('a thing', 'fn', value).message);
  compare(`ERR_SOCKET_BAD_PORT received ${util.inspect(value)}`,
          () => new mine.codes.ERR_SOCKET_BAD_PORT('Port', value).message,
          () => new nodeErrors.codes.ERR_SOCKET_BAD_PORT('Port', value).message);
}

// ERR_OUT_OF_RANGE writes big integers with separators.
const outOfRange = [
  0, -1, 1.5, -0, NaN, Infinity, 2 ** 32, 2 ** 32 + 1, -(2 ** 32) - 1, 1234567890123, -98765432109876,
  Number.MAX_SAFE_INTEGER, 1e21, 1e300, 0n, 5n, 2n ** 32n, 2n ** 32n + 1n, -(2n ** 40n), 123456789012345678901234n,
  'string', null, undefined, {}, [1],
];
for (const value of outOfRange) {
  compare(`ERR_OUT_OF_RANGE received ${util.inspect(value)}`,
          () => new mine.codes.ERR_OUT_OF_RANGE('value', '>= 0', value).message,
          () => new nodeErrors.codes.ERR_OUT_OF_RANGE('value', '>= 0', value).message);
}

// Errors raised by real Node APIs, rebuilt with the same arguments.
const kMaxLength = process.getBuiltinModule('buffer').constants.MAX_LENGTH;
const apiCases = [
  ['path.join(1)', () => nodePath.join(1), () => new mine.codes.ERR_INVALID_ARG_TYPE('path', 'string', 1)],
  ['Buffer.alloc(-1)', () => Buffer.alloc(-1),
    () => new mine.codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, -1)],
  ['Buffer.from("x", "nope")', () => Buffer.from('x', 'nope'), () => new mine.codes.ERR_UNKNOWN_ENCODING('nope')],
  ['new URL("nope")', () => new URL('nope'), () => new mine.codes.ERR_INVALID_URL('nope')],
  ['events.defaultMaxListeners = -1', () => { process.getBuiltinModule('events').defaultMaxListeners = -1; },
    () => new mine.codes.ERR_OUT_OF_RANGE('defaultMaxListeners', '>= 0', -1)],
  ['setTimeout("x")', () => setTimeout('x'), () => new mine.codes.ERR_INVALID_ARG_TYPE('callback', 'Function', 'x')],
  ['net.Server().listen(70000)', () => net.createServer().listen(70000),
    () => new mine.codes.ERR_SOCKET_BAD_PORT('options.port', 70000)],
  ['new AbortController().signal constructor', () => new AbortSignal(), () => new mine.codes.ERR_ILLEGAL_CONSTRUCTOR()],
  ['process.kill(1, "SIGNOPE")', () => process.kill(process.pid, 'SIGNOPE'),
    () => new mine.codes.ERR_UNKNOWN_SIGNAL('SIGNOPE')],
  ['util.getSystemErrorName(1)', () => util.getSystemErrorName(1), () => mine.getSystemErrorName(1)],
  ['util.getSystemErrorName("x")', () => util.getSystemErrorName('x'), () => mine.getSystemErrorName('x')],
  ['http setHeader after send', () => {
    const { ServerResponse, IncomingMessage } = process.getBuiltinModule('http');
    const response = new ServerResponse(new IncomingMessage(null));
    response._header = 'sent';
    response.setHeader('a', 'b');
  }, () => new mine.codes.ERR_HTTP_HEADERS_SENT('set')],
  ['http invalid header token', () => {
    const { ServerResponse, IncomingMessage } = process.getBuiltinModule('http');
    new ServerResponse(new IncomingMessage(null)).setHeader('bad header', 'x');
  }, () => new mine.codes.ERR_INVALID_HTTP_TOKEN('Header name', 'bad header')],
  ['http invalid header value', () => {
    const { ServerResponse, IncomingMessage } = process.getBuiltinModule('http');
    new ServerResponse(new IncomingMessage(null)).setHeader('a', undefined);
  }, () => new mine.codes.ERR_HTTP_INVALID_HEADER_VALUE(undefined, 'a')],
  ['http invalid header char', () => {
    const { ServerResponse, IncomingMessage } = process.getBuiltinModule('http');
    new ServerResponse(new IncomingMessage(null)).setHeader('a', 'x\ny');
  }, () => new mine.codes.ERR_INVALID_CHAR('header content', 'a')],
  ['stream null write', () => {
    const { Writable } = process.getBuiltinModule('stream');
    new Writable().write(null);
  }, () => new mine.codes.ERR_STREAM_NULL_VALUES()],
];
// Thrown or returned alike; how Node builds some of these (in C++, say)
// shows only in toString() and the constructor, so those are left out.
function apiError(fn) {
  const { made, error, value } = outcome(fn);
  const described = made || error || { value };
  delete described.string;
  delete described.constructor;
  return described;
}
for (const [label, real, rebuilt] of apiCases) {
  report(label, apiError(rebuilt), apiError(real));
}

// --- Helpers ---

report('formatList', [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => mine.formatList(l)),
       [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => nodeErrors.formatList(l)));
report('formatList or', mine.formatList(['a', 'b', 'c'], 'or'), nodeErrors.formatList(['a', 'b', 'c'], 'or'));
const sample = () => 1;
report('hideStackFrames keeps the function callable', mine.hideStackFrames(sample)(), 1);
compare('genericNodeError', () => mine.genericNodeError('msg', { code: 'X', extra: 1 }),
        () => nodeErrors.genericNodeError('msg', { code: 'X', extra: 1 }));

for (const args of [[], ['custom'], [undefined, { cause: 'why' }], ['m', { cause: new Error('c') }], ['m', 'bad']]) {
  compare(`new AbortError(${args.map((a) => util.inspect(a)).join(', ')})`,
          () => new mine.AbortError(...args), () => new nodeErrors.AbortError(...args));
}
report('AbortError cause', new mine.AbortError(undefined, { cause: 'why' }).cause,
       new nodeErrors.AbortError(undefined, { cause: 'why' }).cause);

const systemContext = () => ({ code: 'EBADF', errno: -9, syscall: 'read', message: 'bad file descriptor',
  path: '/a', dest: '/b' });
compare('ERR_SYSTEM_ERROR', () => new mine.codes.ERR_SYSTEM_ERROR(systemContext()),
        () => new nodeErrors.codes.ERR_SYSTEM_ERROR(systemContext()));
report('ERR_SYSTEM_ERROR fields', (() => {
  const error = new mine.codes.ERR_SYSTEM_ERROR(systemContext());
  return [error.info, error.errno, error.syscall, error.path, error.dest];
})(), (() => {
  const error = new nodeErrors.codes.ERR_SYSTEM_ERROR(systemContext());
  return [error.info, error.errno, error.syscall, error.path, error.dest];
})());

// --- libuv errnos ---

report('getSystemErrorMap', [...mine.getSystemErrorMap()].sort((a, b) => a[0] - b[0]),
       [...util.getSystemErrorMap()].sort((a, b) => a[0] - b[0]));
for (const errno of [-98, -2, -13, -111, -4094, -9999, 0, 5, -1.5, 2 ** 60, NaN, '-2']) {
  compare(`getSystemErrorName(${util.inspect(errno)})`, () => mine.getSystemErrorName(errno),
          () => util.getSystemErrorName(errno));
}
if (typeof util.getSystemErrorMessage === 'function') {
  for (const errno of [-98, -2, -9999, 1]) {
    compare(`getSystemErrorMessage(${errno})`, () => mine.getSystemErrorMessage(errno),
            () => util.getSystemErrorMessage(errno));
  }
}

const systemCases = [
  ['errnoException', () => mine.errnoException(-32, 'write'), () => new nodeErrors.ErrnoException(-32, 'write')],
  ['errnoException original', () => mine.errnoException(-2, 'spawn', 'ls'),
    () => new nodeErrors.ErrnoException(-2, 'spawn', 'ls')],
  ['ExceptionWithHostPort', () => new mine.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, '1.2.3.4:5'),
    () => new nodeErrors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, '1.2.3.4:5')],
  ['ExceptionWithHostPort no port', () => new mine.ExceptionWithHostPort(-13, 'bind', '::1'),
    () => new nodeErrors.ExceptionWithHostPort(-13, 'bind', '::1')],
  ['UVExceptionWithHostPort', () => new mine.UVExceptionWithHostPort(-98, 'listen', '::', 8080),
    () => new nodeErrors.UVExceptionWithHostPort(-98, 'listen', '::', 8080)],
  ['UVExceptionWithHostPort unknown errno', () => new mine.UVExceptionWithHostPort(-777, 'listen', 'x', 0),
    () => new nodeErrors.UVExceptionWithHostPort(-777, 'listen', 'x', 0)],
  ['UVException', () => new mine.UVException({ errno: -2, syscall: 'open', path: '/x', dest: '/y' }),
    () => new nodeErrors.UVException({ errno: -2, syscall: 'open', path: '/x', dest: '/y' })],
  ['DNSException', () => new mine.DNSException(-3008, 'getaddrinfo', 'nowhere.invalid'),
    () => new nodeErrors.DNSException(-3008, 'getaddrinfo', 'nowhere.invalid')],
  ['ConnResetException', () => new mine.ConnResetException('socket hang up'),
    () => new nodeErrors.ConnResetException('socket hang up')],
];
for (const [label, actual, expected] of systemCases) compare(label, actual, expected);
report('exceptionWithHostPort as in the brief',
       describeError(mine.exceptionWithHostPort(-98, 'listen', '127.0.0.1', 3000)),
       describeError(new nodeErrors.UVExceptionWithHostPort(-98, 'listen', '127.0.0.1', 3000)));
report('exceptionWithHostPort message', mine.exceptionWithHostPort(-98, 'listen', '127.0.0.1', 3000).message,
       'listen EADDRINUSE: address already in use 127.0.0.1:3000');

const enoent = { errno: -2, code: 'ENOENT', syscall: 'open', path: '/no/such' };
report('fs ENOENT', outcome(() => new mine.UVException(enoent)).made, outcome(() => fs.openSync('/no/such')).error);

// --- Asynchronous errors from the loop ---

function nextUncaught(trigger) {
  return new Promise((resolve) => {
    process.once('uncaughtException', resolve);
    trigger();
  });
}

function errorEvent(emitter) {
  return new Promise((resolve) => emitter.once('error', resolve));
}

async function checkLoopErrors() {
  const reasons = ['text', 42, null, undefined, { a: 1 }, [1, 2], Symbol('s'), 10n, function fn() {}, new Map(),
    Object.create(null), new (class Foo {})(), { toString() { return 'x'; } }];
  for (const reason of reasons) {
    const real = await nextUncaught(() => Promise.reject(reason));
    report(`ERR_UNHANDLED_REJECTION ${util.inspect(reason)}`,
           describeError(new mine.codes.ERR_UNHANDLED_REJECTION(reason)), describeError(real));
  }

  const { Writable } = process.getBuiltinModule('stream');
  const ended = new Writable({ write(chunk, encoding, callback) { callback(); } });
  ended.on('error', () => {});
  ended.end();
  report('stream write after end', describeError(new mine.codes.ERR_STREAM_WRITE_AFTER_END()),
         describeError(await new Promise((resolve) => ended.write('x', resolve))));
  const destroyed = new Writable();
  destroyed.on('error', () => {});
  destroyed.destroy();
  report('stream write after destroy', describeError(new mine.codes.ERR_STREAM_DESTROYED('write')),
         describeError(await new Promise((resolve) => destroyed.write('x', resolve))));

  const first = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => first.once('listening', resolve));
  const { port } = first.address();
  const second = net.createServer();
  const inUse = errorEvent(second);
  second.listen(port, '127.0.0.1');
  report('listen EADDRINUSE', describeError(mine.exceptionWithHostPort(-98, 'listen', '127.0.0.1', port)),
         describeError(await inUse));
  first.close();
  await new Promise((resolve) => first.once('close', resolve));
  const socket = net.connect(port, '127.0.0.1');
  const refused = await errorEvent(socket);
  report('connect ECONNREFUSED', describeError(new mine.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', port)),
         describeError(refused));
}

checkLoopErrors().then(() => {
  tally.finish();
});
