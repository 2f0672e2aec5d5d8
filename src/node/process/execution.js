'use strict';
// The ends of a process: uncaught exceptions (Node's
// createOnGlobalUncaughtException and ReportFatalException), 'beforeExit',
// 'exit', and printing a fatal error the way Node does.

const loop = internalBinding('loop');
const modules = internalBinding('modules');

const kGenericUserError = 1;
const kExceptionInFatalExceptionHandler = 7;

function fatalException(error, origin = 'uncaughtException') {
  process.emit('uncaughtExceptionMonitor', error, origin);
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', error, origin);
    } catch (secondary) {
      printFatal(secondary);
      loop.reallyExit(kExceptionInFatalExceptionHandler);
    }
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
  printFatal(error);
  loop.reallyExit(process.exitCode ?? kGenericUserError);
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode ?? 0);
}

function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode ?? 0);
  }
  return process.exitCode ?? 0;
}

function printFatal(error) {
  const { inspect } = require('internal/util/inspect');
  const isError = error !== null && typeof error === 'object' && typeof error.stack === 'string';
  const context = isError ? sourceContext(error.stack) : '';
  let text;
  if (isError) {
    text = `${context}\n${inspect(error)}\n`;
  } else {
    text = `${context}Uncaught ${inspect(error)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  loop.setFatalReport(text);
  process._rawWriteStderr(`${text}\nNode.js ${process.version}\n`);
}

// The "file:line / source line / caret" block Node prints above an uncaught
// error, from the first frame of the stack that points into a file we can read.
function sourceContext(stack) {
  const match = /(?:\(|at )((?:\/|[A-Za-z]:)[^():]*):(\d+):(\d+)\)?/.exec(stack);
  if (match === null) return '';
  const [, file, line, column] = match;
  const source = modules.readFileUtf8(file);
  if (source === undefined) return `${file}:${line}\n`;
  const sourceLine = source.split(/\r?\n/)[Number(line) - 1] ?? '';
  return `${file}:${line}\n${sourceLine}\n${' '.repeat(Math.max(0, Number(column) - 1))}^\n`;
}

module.exports = { fatalException, emitBeforeExit, emitExit, printFatal };
