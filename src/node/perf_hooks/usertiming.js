'use strict';
// User timing: performance.mark() and performance.measure(), the entries
// they make (PerformanceMark, PerformanceMeasure) and the names of Node's
// milestones that measure() accepts as marks.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateNumber, validateObject, validateString } = require('internal/validators');
const { PerformanceEntry, kSkipThrow, enqueue, bufferUserTiming } = require('internal/perf/observe');
const { now, getMilestoneTimestamp } = require('internal/perf/utils');

const kDetail = Symbol('kDetail');
const markTimings = new Map();
const milestoneNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function structuredClone(value) {
  return require('internal/structured_clone').structuredClone(value);
}

function checkDetail(self, className) {
  if (typeof self !== 'object' || self === null || !(kDetail in self)) throw new ERR_INVALID_THIS(className);
}

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (milestoneNames.has(name)) return getMilestoneTimestamp(name);
  const timestamp = markTimings.get(name);
  if (timestamp === undefined) throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return timestamp;
}

function entryJSON(entry) {
  return {
    name: entry.name,
    entryType: entry.entryType,
    startTime: entry.startTime,
    duration: entry.duration,
    detail: entry[kDetail],
  };
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    // QuickJS words this TypeError differently; Node's tests match V8's.
    if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    name = `${name}`;
    if (milestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    const detail = options?.detail != null ? structuredClone(options.detail) : null;
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    checkDetail(this, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return entryJSON(this);
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrow, name, type, start, duration);
  }

  get detail() {
    checkDetail(this, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return entryJSON(this);
  }
}

for (const [Class, tag] of [[PerformanceMark, 'PerformanceMark'], [PerformanceMeasure, 'PerformanceMeasure']]) {
  Object.defineProperty(Class.prototype, 'detail', {
    ...Object.getOwnPropertyDescriptor(Class.prototype, 'detail'), enumerable: true,
  });
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// measure(name, startMark?, endMark?) or measure(name, { start, end, duration, detail }).
function startAndDuration(startOrOptions, endMark) {
  startOrOptions ??= 0;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) end = getMark(endMark);
  else if (optionsValid && end !== undefined) end = getMark(end);
  else if (optionsValid && start !== undefined && duration !== undefined) end = getMark(start) + getMark(duration);
  else end = now();
  if (typeof startOrOptions === 'string') start = getMark(startOrOptions);
  else if (optionsValid && start !== undefined) start = getMark(start);
  else if (optionsValid && duration !== undefined && end !== undefined) start = end - getMark(duration);
  else start = 0;
  return { start, duration: end - start };
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  const { start, duration } = startAndDuration(startOrOptions, endMark);
  const detail = startOrOptions?.detail != null ? structuredClone(startOrOptions.detail) : null;
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
  entry[kDetail] = detail;
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarkTimings(name) {
  if (name === undefined) {
    markTimings.clear();
    return;
  }
  name = `${name}`;
  if (milestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
  markTimings.delete(name);
}

module.exports = { PerformanceMark, PerformanceMeasure, clearMarkTimings, mark, measure };
