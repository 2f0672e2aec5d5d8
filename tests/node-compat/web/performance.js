// performance: now/timeOrigin, marks, measures, entries, observers, timerify, and the perf_hooks module.
const log = (...args) => console.log(...args);
const perfHooks = require('perf_hooks');

const t1 = performance.now();
const t2 = performance.now();
log('now is monotonic', typeof t1, t2 >= t1, t1 >= 0);
log('timeOrigin is the process start', Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
log('same object', perfHooks.performance === performance, performance instanceof perfHooks.Performance, performance instanceof EventTarget);
log('perf_hooks keys', Object.keys(perfHooks).join());
log('Performance keys', Object.keys(Performance.prototype).join());

const observed = [];
const observer = new PerformanceObserver((list, self) => {
  observed.push(...list.getEntries().filter((entry) => entry.name !== 'until now').map((entry) => `${entry.entryType}:${entry.name}`));
  log('observer called with', list.getEntries().length, 'entries, self', self === observer, 'in an immediate');
  log('sorted by startTime', list.getEntries().every((entry, i, all) => i === 0 || all[i - 1].startTime <= entry.startTime));
});
observer.observe({ entryTypes: ['mark', 'measure'] });

// Explicit times keep the order of entries independent of the clock.
const start = performance.mark('start', { detail: { step: 1 }, startTime: 10 });
log('mark', start.name, start.entryType, typeof start.startTime, start.duration, JSON.stringify(start.detail),
  start instanceof PerformanceMark, start instanceof PerformanceEntry, Object.keys(start.toJSON()).join());
const fixed = performance.mark('fixed', { startTime: 5 });
log('mark at a time', fixed.startTime);
const end = performance.mark('end', { startTime: 30 });
const measure = performance.measure('span', 'start', 'end');
log('measure', measure.name, measure.entryType, measure.startTime === start.startTime, measure.duration === end.startTime - start.startTime,
  measure.detail, measure instanceof PerformanceMeasure);
const fromOptions = performance.measure('from options', { start: 5, duration: 10, detail: 'd' });
log('measure from options', fromOptions.startTime, fromOptions.duration, fromOptions.detail);
const fromStart = performance.measure('from zero', undefined, 'end');
log('measure without a start mark starts at 0', fromStart.startTime, fromStart.duration);
const untilNow = performance.measure('until now');
log('measure without marks ends now', untilNow.startTime, untilNow.duration >= 0);
performance.clearMeasures('until now');
log('entries', performance.getEntries().map((entry) => entry.name).join());
log('by type', performance.getEntriesByType('mark').map((entry) => entry.name).join(), performance.getEntriesByType('nothing').length);
log('by name', performance.getEntriesByName('span').length, performance.getEntriesByName('span', 'mark').length);
performance.clearMarks('start');
log('after clearMarks(start)', performance.getEntriesByType('mark').map((entry) => entry.name).join());
performance.clearMarks();
performance.clearMeasures();
log('after clearing', performance.getEntries().length);

for (const [label, thunk] of [
  ['unknown mark', () => performance.measure('m', 'no such mark')],
  ['negative startTime', () => performance.mark('neg', { startTime: -1 })],
  ['milestone name', () => performance.mark('nodeStart')],
  ['mark()', () => performance.mark()],
  ['measure(1)', () => performance.measure(1)],
  ['start, end and duration', () => performance.measure('m', { start: 1, end: 2, duration: 3 })],
  ['options and endMark', () => performance.measure('m', { start: 1 }, 'x')],
  ['new PerformanceEntry()', () => new PerformanceEntry()],
  ['new Performance()', () => new Performance()],
  ['observe({})', () => new PerformanceObserver(() => {}).observe({})],
  ['now on {}', () => Performance.prototype.now.call({})],
]) {
  try {
    thunk();
    log(label, 'no error');
  } catch (error) {
    log(label, error.name, error.code, error.message);
  }
}

const timed = performance.timerify(function work(a, b) { return a + b; });
log('timerify', timed.name, timed.length, timed(2, 3));
log('supportedEntryTypes', PerformanceObserver.supportedEntryTypes.join());
log('toJSON keys', Object.keys(performance.toJSON()).join(), Object.keys(performance.nodeTiming.toJSON()).join());
log('nodeTiming', performance.nodeTiming.name, performance.nodeTiming.entryType, performance.nodeTiming.startTime,
  performance.nodeTiming.loopStart, performance.nodeTiming.bootstrapComplete >= 0);
log('eventLoopUtilization before the loop', JSON.stringify(performance.eventLoopUtilization()));
setImmediate(() => {
  log('observed', observed.join());
  observer.disconnect();
  const elu = performance.eventLoopUtilization();
  log('loop started', performance.nodeTiming.loopStart >= 0, 'utilization', typeof elu.utilization, Object.keys(elu).join());
});
