'use strict';
// The `process` object: an EventEmitter with Node's properties, on top of the
// 'process' and 'loop' bindings. What a pod cannot do throws
// ERR_METHOD_NOT_IMPLEMENTED (or the error Node gives on such a system).

const EventEmitter = require('events');
const binding = internalBinding('process');
const loop = internalBinding('loop');
const { nextTick } = require('internal/process/task_queues');
const { codes, UVException } = require('internal/errors');
const { validateInteger, validateString } = require('internal/validators');

const VERSION = binding.version;

// The object is the bootstrap's, handed to every built-in as `process`. In
// Node a native constructor named process makes it, and that constructor's
// prototype inherits from EventEmitter's (stack frames and inspect name the
// object by it).
const ProcessConstructor = ({ process: function() {} }).process;
Object.setPrototypeOf(ProcessConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(process, ProcessConstructor.prototype);
EventEmitter.call(process);
// The active domain (see the domain module); null until one is entered.
process.domain = null;
Object.defineProperty(process, Symbol.toStringTag, { __proto__: null, value: 'process', configurable: false, writable: true, enumerable: false });

let exitCode;

Object.assign(process, {
  title: 'node',
  version: VERSION,
  versions: {
    node: VERSION.slice(1),
    acorn: '8.15.0',
    ada: '3.3.0',
    ares: '1.34.5',
    modules: '137',
    napi: '10',
    // The OpenSSL release Node 24.11.1 bundles: our crypto (RustCrypto)
    // follows its behaviour, and code asks this to know crypto is there.
    openssl: '3.5.4',
    quickjs: '0.16.2',
    unicode: '16.0',
    uv: '1.51.0',
    v8: '13.6.233.10-node.28',
  },
  arch: 'x64',
  platform: 'linux',
  release: { name: 'node', lts: 'Krypton' },
  argv: [...binding.argv],
  argv0: 'node',
  execArgv: [...binding.execArgv],
  execPath: binding.execPath,
  pid: binding.pid,
  ppid: binding.pid - 1,
  env: makeEnv(binding.env),
  features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: true, typescript: false },
  config: { target_defaults: {}, variables: {} },
  nextTick,
  _exiting: false,
  cwd() {
    return binding.cwd();
  },
  chdir(directory) {
    validateString(directory, 'directory');
    binding.chdir(directory);
  },
  umask() {
    return 0o22;
  },
  uptime() {
    return binding.hrtimeMs() / 1000;
  },
  hrtime: Object.assign(
    function hrtime(previous) {
      const ns = BigInt(Math.round(binding.hrtimeMs() * 1e6));
      const seconds = Number(ns / 1000000000n);
      const nanos = Number(ns % 1000000000n);
      if (previous === undefined) return [seconds, nanos];
      let diffSeconds = seconds - previous[0];
      let diffNanos = nanos - previous[1];
      if (diffNanos < 0) {
        diffSeconds--;
        diffNanos += 1e9;
      }
      return [diffSeconds, diffNanos];
    },
    {
      bigint() {
        return BigInt(Math.round(binding.hrtimeMs() * 1e6));
      },
    },
  ),
  memoryUsage: Object.assign(
    function memoryUsage() {
      const [rss, heapUsed, heapLimit] = binding.memoryUsage();
      return { rss, heapTotal: Math.max(rss, heapUsed), heapUsed, external: 0, arrayBuffers: 0, heapLimit };
    },
    {
      rss() {
        return binding.memoryUsage()[0];
      },
    },
  ),
  cpuUsage() {
    const micros = Math.round(binding.hrtimeMs() * 1000);
    return { user: micros, system: 0 };
  },
  getuid: () => 1000,
  geteuid: () => 1000,
  getgid: () => 1000,
  getegid: () => 1000,
  exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode ?? 0);
    }
    loop.reallyExit(process.exitCode ?? 0);
  },
  reallyExit(code) {
    loop.reallyExit(code ?? 0);
  },
  abort() {
    loop.reallyExit(134);
  },
  kill(pid, signal = 'SIGTERM') {
    if (pid === process.pid) {
      loop.reallyExit(128 + (signal === 'SIGKILL' ? 9 : 15));
    }
    const error = new Error('kill ESRCH');
    Object.assign(error, { errno: -3, code: 'ESRCH', syscall: 'kill' });
    throw error;
  },
  emitWarning,
  loadEnvFile,
  setUncaughtExceptionCaptureCallback(fn) {
    require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
  },
  hasUncaughtExceptionCaptureCallback() {
    return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
  },
  binding(name) {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`process.binding('${name}')`);
  },
  _rawWriteStderr(text) {
    binding.writeStderr(text);
  },
});

Object.defineProperty(process, 'exitCode', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(Number(code))) value = Number(code);
      validateInteger(value, 'code');
    }
    exitCode = code;
  },
});

// Node sets these from --no-warnings, --no-deprecation, --throw-deprecation,
// --trace-deprecation and --trace-warnings.
if (!binding.options.warnings) process.noProcessWarnings = true;
if (!binding.options.deprecation) {
  Object.defineProperty(process, 'noDeprecation', { __proto__: null, value: true, writable: false, enumerable: true, configurable: true });
}
for (const [option, name] of [['throwDeprecation', 'throwDeprecation'], ['traceDeprecation', 'traceDeprecation'],
  ['traceWarnings', 'traceProcessWarnings']]) {
  if (binding.options[option]) {
    Object.defineProperty(process, name, { __proto__: null, value: true, writable: false, enumerable: true, configurable: true });
  }
}

// The path argument of loadEnvFile as Node's getValidatedPath takes it:
// a string, a Buffer/Uint8Array (UTF-8) or a file: URL.
function validatedPath(path) {
  let text;
  if (typeof path === 'string') {
    text = path;
  } else if (path instanceof Uint8Array) {
    text = require('buffer').Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
    if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
    text = decodeURIComponent(path.pathname);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  if (text.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE('path', text, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return text;
}

// Reads an env file from the process's file system into process.env,
// leaving keys that are already set alone (Node's Dotenv::SetEnvironment).
function loadEnvFile(path = undefined) {
  const given = path == null ? '.env' : validatedPath(path);
  const { resolve } = require('path');
  const entries = internalBinding('dotenv').parseFile(resolve(process.cwd(), given));
  if (entries === undefined) {
    // Node reports any failure to open the file as ENOENT.
    throw new UVException({ errno: -2, syscall: 'open', path: given });
  }
  if (entries === null) {
    const error = new TypeError(`Contents of '${given}' should be a valid string.`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  for (const key of Object.keys(entries)) {
    if (!Object.prototype.hasOwnProperty.call(process.env, key)) process.env[key] = entries[key];
  }
}

function makeEnv(initial) {
  const store = Object.assign({}, initial);
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, descriptor) {
      if (!('value' in descriptor) || descriptor.get || descriptor.set) {
        throw new codes.ERR_INVALID_ARG_VALUE('descriptor', descriptor, "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      target[key] = String(descriptor.value);
      return true;
    },
  });
}

function makeStream(fd, write) {
  const stream = Object.create(EventEmitter.prototype);
  EventEmitter.call(stream);
  return Object.assign(stream, {
    fd,
    isTTY: false,
    writable: true,
    _isStdio: true,
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) write(chunk);
      else throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      if (typeof callback === 'function') nextTick(callback, null);
      return true;
    },
    end(chunk, encoding, callback) {
      if (typeof chunk === 'function') callback = chunk;
      else if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
      if (typeof callback === 'function') nextTick(callback);
      return this;
    },
    cork() {},
    uncork() {},
    setDefaultEncoding() {
      return this;
    },
    getColorDepth() {
      return 1;
    },
    hasColors() {
      return false;
    },
  });
}

process.stdout = makeStream(1, binding.writeStdout);
process.stderr = makeStream(2, binding.writeStderr);
// A pod's processes have no input: fd 0 reads as end of file, so stdin is
// what Node makes of a file there (`node app.js </dev/null`): an
// fs.ReadStream over fd 0 that ends as soon as it is read.
// NODE-DIFF: the native CLI does not read its real stdin either.
let stdin;
Object.defineProperty(process, 'stdin', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (stdin === undefined) {
      const { ReadStream } = require('fs');
      stdin = new ReadStream(null, { fd: 0, autoClose: false });
      stdin.fd = 0;
    }
    return stdin;
  },
});

const warned = new Set();
function emitWarning(warning, type = 'Warning', code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ type = 'Warning', code, detail } = type);
  } else if (typeof type === 'function') {
    ctor = type;
    type = 'Warning';
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    const error = new Error(warning);
    error.name = String(type);
    if (code !== undefined) error.code = code;
    if (detail !== undefined) error.detail = detail;
    // The stack starts where the warning was asked for (or above `ctor`).
    Error.captureStackTrace(error, typeof ctor === 'function' ? ctor : process.emitWarning);
    warning = error;
  }
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation) {
    if (process.noDeprecation) return;
    // NODE-DIFF: Node emits every call; callers here lean on this to warn
    // once per deprecation. Keyed by code and message, so one code's
    // different warnings (DEP0154's two options) each still show.
    if (warning.code !== undefined) {
      const key = `${warning.code}\n${warning.message}`;
      if (warned.has(key)) return;
      warned.add(key);
    }
    // --throw-deprecation: thrown on the next tick, after the warnings
    // already on their way were printed.
    if (process.throwDeprecation) {
      nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  nextTick(() => {
    process.emit('warning', warning);
    if (process.noProcessWarnings) return;
    const codeText = warning.code !== undefined ? `[${warning.code}] ` : '';
    // --trace-warnings (or --trace-deprecation for deprecations) prints
    // where the warning was made: its stack.
    const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
    let text = `(node:${process.pid}) ${codeText}`;
    text += trace && warning.stack ? `${warning.stack}\n` : `${warning.name}: ${warning.message}\n`;
    if (warning.detail) text += `${warning.detail}\n`;
    if (!trace && !warned.has('trace-warnings-hint')) {
      warned.add('trace-warnings-hint');
      const how = warning.name === 'DeprecationWarning' ? 'node --trace-deprecation ...' : 'node --trace-warnings ...';
      text += `(Use \`${how}\` to show where the warning was created)\n`;
    }
    binding.writeStderr(text);
  });
}

module.exports = process;
