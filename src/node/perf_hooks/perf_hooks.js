'use strict';
// node:perf_hooks — the performance timeline (performance, marks, measures,
// observers, timerify).
//
// Not covered: monitorEventLoopDelay() and createHistogram() throw
// ERR_METHOD_NOT_IMPLEMENTED (the loop keeps no delay statistics); 'gc',
// 'http', 'net' and 'dns' entries are never made.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const { PerformanceEntry, PerformanceObserver, PerformanceObserverEntryList } = require('internal/perf/observe');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { Performance, PerformanceResourceTiming, performance } = require('internal/perf/performance');

function monitorEventLoopDelay() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('monitorEventLoopDelay()');
}

function createHistogram() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('createHistogram()');
}

// Node's values (node_perf_common.h).
const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
};
Object.defineProperty(module.exports, 'constants', { configurable: false, enumerable: true, value: constants });
