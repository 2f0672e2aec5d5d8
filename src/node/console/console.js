'use strict';
// The global `console`, writing to process.stdout and process.stderr with
// util.format's placeholders, as Node's Console does.

const { formatWithOptions, inspect, getStringWidth } = require('internal/util/inspect');
const { validateArray } = require('internal/validators');
const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');
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

// --- console.table ---

// A cell: objects with more than two keys shrink to [Object], arrays show
// three items, all on one line.
function tableCell(value) {
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2 ? -1 : 0;
  return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity });
}

// [header, columns]: the index column first, then each property in the
// order first met, then Values for rows that are primitives.
function tableColumns(data, properties) {
  const mapLike = isMap(data) || isMapIterator(data);
  if (mapLike || isSet(data) || isSetIterator(data)) {
    // NODE-DIFF: an iterator is read to its end (V8 can preview one
    // without moving it; QuickJS cannot).
    const entries = isMap(data) ? [...data.entries()] : isSet(data) ? [...data.values()] : [...data];
    const pairs = mapLike && (isMap(data) || entries.every((entry) => Array.isArray(entry) && entry.length === 2));
    const index = entries.map((_, i) => `${i}`);
    if (pairs) {
      return [['(iteration index)', 'Key', 'Values'],
        [index, entries.map((entry) => tableCell(entry[0])), entries.map((entry) => tableCell(entry[1]))]];
    }
    return [['(iteration index)', 'Values'], [index, entries.map(tableCell)]];
  }
  const rowKeys = Object.keys(data);
  const byProperty = new Map();
  const values = [];
  let primitives = false;
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      primitives = true;
      values[i] = tableCell(item);
      continue;
    }
    const keys = properties ?? Object.keys(item);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (!byProperty.has(key)) byProperty.set(key, []);
      byProperty.get(key)[i] = primitive || !Object.prototype.hasOwnProperty.call(item, key) ? '' : tableCell(item[key]);
    }
  }
  const header = ['(index)', ...byProperty.keys()];
  const columns = [rowKeys, ...byProperty.values()];
  if (primitives) {
    header.push('Values');
    columns.push(values);
  }
  return [header, columns];
}

// Box-drawn, each cell left-aligned and padded to its column's widest.
function renderTable(header, columns) {
  const rowCount = Math.max(0, ...columns.map((column) => column.length));
  const widths = header.map((name, c) => {
    let width = getStringWidth(name);
    for (let r = 0; r < rowCount; r++) width = Math.max(width, getStringWidth(columns[c][r] ?? ''));
    return width;
  });
  const row = (cells) => `│ ${cells.map((cell, c) => cell + ' '.repeat(widths[c] - getStringWidth(cell))).join(' │ ')} │`;
  const rule = (left, middle, right) => left + widths.map((width) => '─'.repeat(width + 2)).join(middle) + right;
  const lines = [rule('┌', '┬', '┐'), row(header), rule('├', '┼', '┤')];
  for (let r = 0; r < rowCount; r++) lines.push(row(columns.map((column) => column[r] ?? '')));
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
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
  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || (typeof tabularData !== 'object' && typeof tabularData !== 'function')) {
      this.log(tabularData);
      return;
    }
    write(process.stdout, [renderTable(...tableColumns(tabularData, properties))]);
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
Object.defineProperty(console, Symbol.toStringTag, {
  __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
});

module.exports = console;
