// The web globals Node has: their kinds, and which of them are enumerable on globalThis.
const names = ['AbortController', 'AbortSignal', 'BroadcastChannel', 'CustomEvent', 'DOMException', 'Event', 'EventTarget',
  'MessageChannel', 'MessageEvent', 'MessagePort', 'Navigator', 'Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'navigator',
  'performance', 'structuredClone'];
for (const name of names) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], descriptor.enumerable, descriptor.configurable);
}
const before = performance;
performance = 'replaced';
console.log('performance can be replaced', performance, Object.getOwnPropertyDescriptor(globalThis, 'performance').enumerable);
globalThis.performance = before;
console.log('classes are the modules\' own', require('perf_hooks').PerformanceObserver === PerformanceObserver,
  require('events').EventEmitter.EventEmitterAsyncResource !== undefined);
