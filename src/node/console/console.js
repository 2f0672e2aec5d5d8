'use strict';
// The global `console`, writing to process.stdout and process.stderr with
// util.format's placeholders, as Node's Console does.

const { formatWithOptions, inspect } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const { channel } = require('diagnostics_channel');

let groupIndent = '';
const counts = new Map();
const timers = new Map();

function write(stream, args) {
  let text = formatWithOptions({}, ...args);
  if (groupIndent !== '') text = groupIndent + text.split('\n').join(`\n${groupIndent}`);
  stream.write(`${text}\n`);
}

function formatTime(ms) {
  if (ms >= 3600000) return `${(ms / 3600000).toFixed(3)}h`;
  if (ms >= 60000) return `${(ms / 60000).toFixed(3)}min`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Subscribers see (and may change) the arguments before they are formatted.
const channels = {
  log: channel('console.log'),
  info: channel('console.info'),
  debug: channel('console.debug'),
  warn: channel('console.warn'),
  error: channel('console.error'),
};

const console = {
  log(...args) {
    if (channels.log.hasSubscribers) channels.log.publish(args);
    write(process.stdout, args);
  },
  info(...args) {
    if (channels.info.hasSubscribers) channels.info.publish(args);
    write(process.stdout, args);
  },
  debug(...args) {
    if (channels.debug.hasSubscribers) channels.debug.publish(args);
    write(process.stdout, args);
  },
  warn(...args) {
    if (channels.warn.hasSubscribers) channels.warn.publish(args);
    write(process.stderr, args);
  },
  error(...args) {
    if (channels.error.hasSubscribers) channels.error.publish(args);
    write(process.stderr, args);
  },
  dir(object, options) {
    write(process.stdout, [inspect(object, { customInspect: false, ...options })]);
  },
  dirxml(...args) {
    write(process.stdout, args);
  },
  trace: function trace(...args) {
    // As Node: the stack of a plain object, from the caller of trace().
    const error = { name: 'Trace', message: formatWithOptions({}, ...args) };
    Error.captureStackTrace(error, trace);
    write(process.stderr, [error.stack]);
  },
  assert(value, ...message) {
    if (value) return;
    if (message.length > 0 && typeof message[0] === 'string') {
      message[0] = `Assertion failed: ${message[0]}`;
      write(process.stderr, message);
    } else {
      write(process.stderr, ['Assertion failed', ...message]);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    write(process.stdout, [`${label}: ${count}`]);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...label) {
    if (label.length > 0) write(process.stdout, label);
    groupIndent += '  ';
  },
  groupEnd() {
    groupIndent = groupIndent.slice(0, -2);
  },
  time(label = 'default') {
    label = `${label}`;
    if (timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (this.timeLog(label) !== false) timers.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    const start = timers.get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.timeLog()`);
      return false;
    }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    write(process.stdout, [`${label}: ${formatTime(elapsed)}`, ...data]);
  },
  table() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('console.table()');
  },
};
console.groupCollapsed = console.group;
// An indexed loop: user code may have replaced %ArrayIteratorPrototype%.next
// before the first console call loads this module.
const names = Object.keys(console);
for (let i = 0; i < names.length; i++) {
  const name = names[i];
  Object.defineProperty(console, name, { __proto__: null, enumerable: true, writable: true, configurable: true, value: console[name].bind(console) });
}

module.exports = console;
