'use strict';
// The global `performance` (a Performance, which is an EventTarget): now(),
// timeOrigin, marks and measures and their buffers, toJSON, and Node's
// extensions nodeTiming, timerify and eventLoopUtilization.
//
// NODE-DIFF: the loop does not measure its idle time, so nodeTiming.idleTime
// is 0 and eventLoopUtilization() counts all time since the loop started as
// active. Resource timing (markResourceTiming, PerformanceResourceTiming
// entries) is not supported: a pod has no fetch yet.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { EventTarget, Event, kTrustEvent, initEventTarget, defineEventHandler } = require('internal/event_target');
const { now, getMilestoneTimestamp, getTimeOriginTimestamp } = require('internal/perf/utils');
const { mark, measure, clearMarkTimings } = require('internal/perf/usertiming');
const {
  PerformanceEntry, createPerformanceNodeEntry, enqueue, clearEntriesFromBuffer, filterBufferMapByNameAndType, kSkipThrow,
} = require('internal/perf/observe');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kPerformanceBrand = Symbol('performance');

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// `${value}`, with V8's words for a symbol (Node's tests match them).
function toDOMString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function checkPerformance(self) {
  if (typeof self !== 'object' || self === null || !(kPerformanceBrand in self)) {
    throw new ERR_INVALID_THIS('Performance');
  }
}

// --- nodeTiming ---

function milestoneGetter(name) {
  return { enumerable: true, configurable: true, get: () => getMilestoneTimestamp(name) };
}

class PerformanceNodeTiming {
  constructor() {
    Object.defineProperties(this, {
      name: { enumerable: true, configurable: true, value: 'node' },
      entryType: { enumerable: true, configurable: true, value: 'node' },
      startTime: { enumerable: true, configurable: true, value: 0 },
      duration: { enumerable: true, configurable: true, get: now },
      nodeStart: milestoneGetter('nodeStart'),
      v8Start: milestoneGetter('v8Start'),
      environment: milestoneGetter('environment'),
      loopStart: milestoneGetter('loopStart'),
      loopExit: milestoneGetter('loopExit'),
      bootstrapComplete: milestoneGetter('bootstrapComplete'),
      idleTime: { enumerable: true, configurable: true, get: () => 0 },
      uvMetricsInfo: {
        enumerable: true,
        configurable: true,
        get: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
      },
    });
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), nested)}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
const nodeTiming = new PerformanceNodeTiming();

// --- eventLoopUtilization ---

function eventLoopUtilization(util1, util2) {
  const loopStart = getMilestoneTimestamp('loopStart');
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idleTime = 0;
  const active = now() - loopStart - idleTime;
  if (!util1) return { idle: idleTime, active, utilization: active / (idleTime + active) };
  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// --- timerify ---

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && typeof histogram?.record !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function complete(start, args) {
    const duration = now() - start;
    histogram?.record(Math.ceil(duration * 1e6));
    const entry = createPerformanceNodeEntry(fn.name, 'function', start, duration, args);
    for (let n = 0; n < args.length; n++) entry[n] = args[n];
    enqueue(entry);
  }
  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// --- Resource timing ---

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

function markResourceTiming() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('performance.markResourceTiming()');
}

// --- Performance ---

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, nested)}`;
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) name = toDOMString(name);
    clearMarkTimings(name);
    clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) name = toDOMString(name);
    clearEntriesFromBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) name = toDOMString(name);
    clearEntriesFromBuffer('resource', name);
  }

  getEntries() {
    checkPerformance(this);
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterBufferMapByNameAndType(toDOMString(name), type === undefined ? undefined : toDOMString(type));
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterBufferMapByNameAndType(undefined, toDOMString(type));
  }

  mark(name, options = {}) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = {}, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
  }

  get timeOrigin() {
    checkPerformance(this);
    return getTimeOriginTimestamp();
  }

  toJSON() {
    checkPerformance(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}

for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'timeOrigin', 'toJSON', 'setResourceTimingBufferSize']) {
  Object.defineProperty(Performance.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Performance.prototype, name), enumerable: true,
  });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', writable: false, enumerable: false, configurable: true,
});
// Node's extensions, not enumerable.
for (const [name, value] of Object.entries({ eventLoopUtilization, nodeTiming, markResourceTiming, timerify })) {
  Object.defineProperty(Performance.prototype, name, { value, configurable: true, enumerable: false, writable: true });
}
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

// The one instance: made without the constructor, which user code cannot call.
const performance = Reflect.construct(function Performance() {
  initEventTarget(this);
  this[kPerformanceBrand] = true;
}, [], Performance);

// Kept for the resource timing buffer's 'resourcetimingbufferfull' event.
function dispatchBufferFull(type) {
  performance.dispatchEvent(new Event(type, { [kTrustEvent]: true }));
}

module.exports = { Performance, PerformanceResourceTiming, performance, dispatchBufferFull, kSkipThrow };
