'use strict';
// Bootstrap: the built-in module loader, the globals Node defines, and the
// hooks the Rust event loop calls (see README.md beside this folder).

const bindings = internalBinding;
function getBinding(name) {
  const binding = bindings[name];
  if (binding === undefined) throw new Error(`No such binding: ${name}`);
  return binding;
}

const { compileBuiltin, builtinIds } = getBinding('modules');
const builtinModules = new Map();

function requireBuiltin(id) {
  const cached = builtinModules.get(id);
  if (cached !== undefined) return cached.exports;
  if (!builtinIds.includes(id)) throw new Error(`No such built-in module: ${id}`);
  const module = { id, exports: {}, loaded: false };
  builtinModules.set(id, module);
  const fn = compileBuiltin(id);
  try {
    fn.call(module.exports, module.exports, requireBuiltin, module, getBinding, process);
  } catch (error) {
    // A built-in that throws while loading (inspector) throws again next time.
    builtinModules.delete(id);
    throw error;
  }
  module.loaded = true;
  return module.exports;
}

function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
}

// V8's stack trace API before any error is made.
requireBuiltin('internal/stack_trace');
// Constructor names for util.inspect, recorded before prototypes change.
requireBuiltin('internal/constructor_names');

// process first: almost every module reaches for it. The object itself came
// in as this function's `process` parameter and every built-in gets it the
// same way; the 'process' module fills it in.
requireBuiltin('process');
// Node's `process` is an accessor that can be replaced.
Object.defineProperty(globalThis, 'process', {
  __proto__: null,
  get: () => process,
  set(value) {
    Object.defineProperty(globalThis, 'process', { __proto__: null, value, writable: true, configurable: true, enumerable: false });
  },
  enumerable: false,
  configurable: true,
});
defineGlobal('global', globalThis, true);

// --expose-gc: the engine's collector as a global function.
if (getBinding('process').options.exposeGc) {
  const { gc } = getBinding('loop');
  defineGlobal('gc', function gc_() {
    gc();
  });
  Object.defineProperty(globalThis.gc, 'name', { __proto__: null, value: 'gc' });
}

// Results the loop delivers later (fs, crypto, ...) pass through here, so
// the domain module can run them inside the domain they were asked from
// (`wrapCompletion`, set once domains are in use).
{
  const loopBinding = getBinding('loop');
  const queueCompletion = loopBinding.queueCompletion;
  loopBinding.queueCompletion = function (callback) {
    const wrap = loopBinding.wrapCompletion;
    return queueCompletion(typeof wrap === 'function' ? wrap(callback) : callback);
  };
}

const timers = requireBuiltin('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineGlobal(name, timers[name], true);
}
const { queueMicrotask } = requireBuiltin('internal/process/task_queues');
defineGlobal('queueMicrotask', queueMicrotask, true);
defineLazyGlobal('console', () => requireBuiltin('console'));
defineLazyGlobal('Buffer', () => requireBuiltin('buffer').Buffer);
// Node's atob and btoa (which replace QuickJS's own) are enumerable globals.
for (const name of ['atob', 'btoa']) defineLazyGlobal(name, () => requireBuiltin('buffer')[name], true);
defineLazyGlobal('Blob', () => requireBuiltin('internal/blob').Blob);
defineLazyGlobal('File', () => requireBuiltin('internal/file').File);
// Web Crypto: Node's global `crypto` is an enumerable getter with no setter.
Object.defineProperty(globalThis, 'crypto', {
  __proto__: null,
  get: () => requireBuiltin('internal/crypto/webcrypto').crypto, enumerable: true, configurable: true,
});
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/crypto/webcrypto')[name]);
}
// NODE-DIFF: Node's web globals are V8 lazy data properties (values to
// getOwnPropertyDescriptor, made on first read); QuickJS has none, so ours
// are accessors until first read. URL and URLSearchParams are cheap enough
// to be plain values from the start.
for (const name of ['URL', 'URLSearchParams']) {
  defineGlobal(name, requireBuiltin('internal/url')[name]);
}
for (const name of ['TextEncoder', 'TextDecoder']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/encoding')[name]);
}
for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/event_target')[name]);
}
for (const name of ['AbortController', 'AbortSignal']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/abort_controller')[name]);
}
defineLazyGlobal('structuredClone', () => requireBuiltin('internal/structured_clone').structuredClone);
defineLazyGlobal('fetch', () => requireBuiltin('internal/fetch').fetch, true);
// Node's structuredClone is enumerable, unlike the classes.
Object.defineProperty(globalThis, 'structuredClone', {
  __proto__: null,
  get() {
    const value = requireBuiltin('internal/structured_clone').structuredClone;
    Object.defineProperty(globalThis, 'structuredClone', { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(globalThis, 'structuredClone', { __proto__: null, value, writable: true, configurable: true, enumerable: true });
  },
  enumerable: true,
  configurable: true,
});
// QuickJS-NG's own DOMException takes no options object: Node's replaces it.
const nativeDOMException = globalThis.DOMException;
defineLazyGlobal('DOMException', () => {
  const { DOMException, adoptNativeDOMException } = requireBuiltin('internal/per_context/domexception');
  adoptNativeDOMException(nativeDOMException);
  return DOMException;
});
for (const name of ['BroadcastChannel', 'MessageChannel', 'MessagePort', 'MessageEvent']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/worker/io')[name]);
}
defineLazyGlobal('Navigator', () => requireBuiltin('internal/navigator').Navigator);
// `navigator` and `performance` are enumerable accessors in Node; only
// `performance` can be set.
Object.defineProperty(globalThis, 'navigator', {
  __proto__: null,
  get: () => requireBuiltin('internal/navigator').navigator, enumerable: true, configurable: true,
});
Object.defineProperty(globalThis, 'performance', {
  __proto__: null,
  get: () => requireBuiltin('internal/perf/performance').performance,
  set(value) {
    Object.defineProperty(globalThis, 'performance', { __proto__: null, value, writable: true, configurable: true, enumerable: true });
  },
  enumerable: true,
  configurable: true,
});
defineLazyGlobal('Performance', () => requireBuiltin('internal/perf/performance').Performance);
defineLazyGlobal('PerformanceResourceTiming', () => requireBuiltin('internal/perf/performance').PerformanceResourceTiming);
for (const name of ['PerformanceEntry', 'PerformanceObserver', 'PerformanceObserverEntryList']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/perf/observe')[name]);
}
for (const name of ['PerformanceMark', 'PerformanceMeasure']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/perf/usertiming')[name]);
}

const { processTimers, processImmediate } = requireBuiltin('internal/timers');
const { afterCallback } = requireBuiltin('internal/process/task_queues');
const execution = requireBuiltin('internal/process/execution');

// The hooks object is the only thing Rust keeps of this script.
return {
  processTimers,
  processImmediate,
  afterCallback,
  fatalException: execution.fatalException,
  emitBeforeExit: execution.emitBeforeExit,
  emitExit: execution.emitExit,
  runMain: execution.runMain,
  esmResolve(specifier, base, type) {
    return requireBuiltin('internal/modules/esm/loader').resolve(specifier, base, type);
  },
  esmLoad(url, type) {
    return requireBuiltin('internal/modules/esm/loader').load(url, type);
  },
  esmInitMeta(meta, url) {
    requireBuiltin('internal/modules/esm/loader').initMeta(meta, url);
  },
  onHttpEvent(...args) {
    getBinding('http').onEvent(...args);
  },
};
