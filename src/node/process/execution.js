'use strict';
// The ends of a process: uncaught exceptions (Node's
// createOnGlobalUncaughtException and ReportFatalException), 'beforeExit',
// 'exit', and printing a fatal error the way Node does.

const loop = internalBinding('loop');
const modules = internalBinding('modules');
const { sourceLocation, isDecorated } = require('internal/stack_trace');

const kGenericUserError = 1;
const kExceptionInFatalExceptionHandler = 7;

// process.setUncaughtExceptionCaptureCallback's function (the domain
// module's, when domains are in use): it takes uncaught exceptions instead
// of 'uncaughtException' listeners.
let captureFn = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureFn !== null) {
    const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
    throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureFn = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
}

function fatalException(error, origin = 'uncaughtException') {
  process.emit('uncaughtExceptionMonitor', error, origin);
  if (captureFn !== null || process.listenerCount('uncaughtException') > 0) {
    try {
      if (captureFn !== null) captureFn(error);
      else process.emit('uncaughtException', error, origin);
    } catch (secondary) {
      printFatal(secondary, origin);
      loop.reallyExit(kExceptionInFatalExceptionHandler);
    }
    // Handled: the after hooks of what threw run now.
    require('internal/async_hooks').emitAfterForStack();
    return;
  }
  // Node runs 'exit' listeners before it prints the error.
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = kGenericUserError;
      process.emit('exit', kGenericUserError);
    }
  } catch {
    // An 'exit' listener that throws cannot change the outcome.
  }
  printFatal(error, origin);
  loop.reallyExit(process.exitCode ?? kGenericUserError);
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode ?? 0);
}

function emitExit() {
  require('internal/perf/utils').markMilestone('loopExit');
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode ?? 0);
  }
  return process.exitCode ?? 0;
}

function printFatal(error, origin = 'uncaughtException') {
  const { inspect } = require('internal/util/inspect');
  const isError = error !== null && typeof error === 'object' && typeof error.stack === 'string';
  const context = isError ? sourceContext(error, origin === 'uncaughtException') : '';
  let text;
  if (isError && isDecorated(error)) {
    text = `${inspect(error)}\n`;
  } else if (isError) {
    text = `${context}\n${inspect(error)}\n`;
  } else {
    text = `${context}Uncaught ${inspect(error)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  loop.setFatalReport(text);
  process._rawWriteStderr(`${text}\nNode.js ${process.version}\n`);
}

// The "file:line / source line / caret" block Node prints above an uncaught
// error: where a syntax error stopped the parser, else the error's first
// frame that runs in a file (its `throw` for an exception `thrown` by `throw
// new X()`), from what was captured, or from the stack text for errors we did
// not capture.
function sourceContext(error, thrown) {
  let location = sourceLocation(error, thrown);
  if (location === undefined) {
    const match = /(?:\(|at )((?:\/|[A-Za-z]:|file:\/\/)[^():]*|\[eval\]):(\d+):(\d+)\)?/.exec(error.stack);
    if (match === null) return '';
    location = { file: match[1], line: Number(match[2]), column: Number(match[3]), length: 1 };
  }
  const { file, line, column, length } = location;
  if (!/^(?:\/|[A-Za-z]:|file:\/\/|\[eval\]$)/.test(file)) return '';
  let source;
  if (file === '[eval]') {
    source = internalBinding('process').options.eval;
  } else {
    // An ES module's frames name its URL; Node prints the URL too.
    const filename = file.startsWith('file://') ? require('internal/url').fileURLToPath(file) : file;
    source = modules.readFileUtf8(filename);
  }
  if (source === undefined) return `${file}:${line}\n`;
  const sourceLine = source.split(/\r\n|\r|\n/)[line - 1] ?? '';
  return `${file}:${line}\n${sourceLine}\n${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(length)}\n`;
}

// What runs first: the -r preloads, then the -e/-p code or the script in
// process.argv[1] (Node's run_main_module and eval_string).
function runMain() {
  const Module = require('internal/modules/cjs/loader');
  const options = internalBinding('process').options;
  const { markMilestone } = require('internal/perf/utils');
  markMilestone('bootstrapComplete');
  Module._preloadModules(options.require);
  try {
    if (options.eval === undefined) Module.runMain(process.argv[1]);
    else evalScript(Module, options.eval, options.print);
  } finally {
    // The main script was async resource 1; what the loop runs after it
    // starts from none, as in Node.
    require('internal/async_hooks').clearAsyncIdStack();
    markMilestone('loopStart');
  }
}

// -e/-p: the code runs as a global script (top-level `var`s become
// globals), with module, exports, require, __filename and __dirname set on
// globalThis as Node's evalScript does; -p prints the result at exit.
// NODE-DIFF: ES module syntax in -e is not detected; it is a SyntaxError.
function evalScript(Module, source, print) {
  const path = require('path');
  const name = '[eval]';
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  Object.assign(globalThis, {
    module,
    exports: module.exports,
    require: Module.createRequire(module.filename),
    __filename: name,
    __dirname: '.',
  });
  const result = modules.evalScript(source, name);
  if (print) {
    process.on('exit', () => {
      console.log(result);
    });
  }
}

module.exports = { setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback, fatalException, emitBeforeExit, emitExit, printFatal, runMain };
