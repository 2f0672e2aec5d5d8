'use strict';
// The async id machinery behind async_hooks: ids for resources, the stack of
// the resources running now (executionAsyncId, triggerAsyncId,
// executionAsyncResource) and the hooks createHook() enables.
//
// Approximate, as the brief allows: timers, immediates, process.nextTick,
// queueMicrotask and AsyncResource get ids and emit init/before/after/
// destroy; promises do not (no 'PROMISE' resources, and inside a promise
// callback executionAsyncId() is 0 as in Node with no hook enabled), and
// neither do the loop's I/O callbacks (fs, http), which run with id 0.
// NODE-DIFF: destroy hooks run from a microtask after the resource is done,
// where Node runs them from a native queue after the callback.

const {
  codes: { ERR_INVALID_ASYNC_ID },
} = require('internal/errors');

const AsyncContextFrame = require('internal/async_context_frame');

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');
const init_symbol = Symbol('init');
const before_symbol = Symbol('before');
const after_symbol = Symbol('after');
const destroy_symbol = Symbol('destroy');
const promise_resolve_symbol = Symbol('promiseResolve');
const owner_symbol = Symbol('owner_symbol');
const async_context_frame = Symbol('kAsyncContextFrame');
const kNoPromiseHook = Symbol('kNoPromiseHook');

const topLevelResource = {};

// Id 1 is the main script, as in Node; 0 is "no resource".
let asyncIdCounter = 1;
let executionId = 1;
let triggerId = 0;
let defaultTriggerId = -1;
const idStack = [];
const resourceStack = [];

// Hooks enabled now; while hooks run, enable()/disable() change a copy that
// takes effect once they return.
let activeHooks = [];
let pendingHooks = null;
let callDepth = 0;
const counts = { init: 0, before: 0, after: 0, destroy: 0, promiseResolve: 0 };

function hookCount(key) {
  return (pendingHooks ?? activeHooks).reduce((sum, hook) => sum + +!!hook[key], 0);
}

function updateCounts() {
  const hooks = activeHooks;
  counts.init = hooks.reduce((n, h) => n + +!!h[init_symbol], 0);
  counts.before = hooks.reduce((n, h) => n + +!!h[before_symbol], 0);
  counts.after = hooks.reduce((n, h) => n + +!!h[after_symbol], 0);
  counts.destroy = hooks.reduce((n, h) => n + +!!h[destroy_symbol], 0);
  counts.promiseResolve = hooks.reduce((n, h) => n + +!!h[promise_resolve_symbol], 0);
}

function getHooks() {
  if (callDepth === 0) return activeHooks;
  pendingHooks ??= activeHooks.slice();
  return pendingHooks;
}

function setHooks(hooks) {
  if (callDepth === 0) {
    activeHooks = hooks;
    updateCounts();
  } else {
    pendingHooks = hooks;
  }
}

function addHook(hook) {
  const hooks = getHooks();
  if (!hooks.includes(hook)) setHooks([...hooks, hook]);
}

function removeHook(hook) {
  const hooks = getHooks();
  if (hooks.includes(hook)) setHooks(hooks.filter((h) => h !== hook));
}

// A hook that throws ends the process, as in Node.
function fatalError(error) {
  const text = typeof error?.stack === 'string' ? error.stack : require('internal/util/inspect').inspect(error);
  process._rawWriteStderr(`${text}\n`);
  process.exit(1);
}

function callHooks(symbol, args) {
  callDepth++;
  try {
    for (const hook of activeHooks) {
      const fn = hook[symbol];
      if (typeof fn === 'function') fn.apply(hook, args);
    }
  } catch (error) {
    fatalError(error);
  } finally {
    callDepth--;
  }
  if (callDepth === 0 && pendingHooks !== null) {
    activeHooks = pendingHooks;
    pendingHooks = null;
    updateCounts();
  }
}

function newAsyncId() {
  return ++asyncIdCounter;
}

function getDefaultTriggerAsyncId() {
  return defaultTriggerId < 0 ? executionId : defaultTriggerId;
}

function defaultTriggerAsyncIdScope(asyncId, block, ...args) {
  if (asyncId === undefined) return block(...args);
  const previous = defaultTriggerId;
  defaultTriggerId = asyncId;
  try {
    return block(...args);
  } finally {
    defaultTriggerId = previous;
  }
}

function emitInit(asyncId, type, triggerAsyncId, resource) {
  if (counts.init === 0) return;
  if (triggerAsyncId === null) triggerAsyncId = getDefaultTriggerAsyncId();
  callHooks(init_symbol, [asyncId, type, triggerAsyncId, resource]);
}

function pushAsyncContext(asyncId, triggerAsyncId, resource) {
  idStack.push(executionId, triggerId);
  resourceStack.push(resource);
  executionId = asyncId;
  triggerId = triggerAsyncId;
}

function popAsyncContext(asyncId) {
  if (resourceStack.length === 0) return false;
  if (executionId !== asyncId && activeHooks.length > 0) {
    // Node's native side aborts here; we report and unwind to the id.
    fatalError(new ERR_INVALID_ASYNC_ID('asyncId', asyncId));
  }
  triggerId = idStack.pop();
  executionId = idStack.pop();
  resourceStack.pop();
  return resourceStack.length > 0;
}

function emitBefore(asyncId, triggerAsyncId, resource) {
  pushAsyncContext(asyncId, triggerAsyncId, resource);
  if (counts.before > 0) callHooks(before_symbol, [asyncId]);
}

function emitAfter(asyncId) {
  if (counts.after > 0) callHooks(after_symbol, [asyncId]);
  popAsyncContext(asyncId);
}

let destroyQueue = [];
function emitDestroy(asyncId) {
  if (counts.destroy === 0 || !(asyncId > 0)) return;
  if (destroyQueue.length === 0) Promise.resolve().then(runDestroyHooks);
  destroyQueue.push(asyncId);
}

function runDestroyHooks() {
  const ids = destroyQueue;
  destroyQueue = [];
  for (const id of ids) callHooks(destroy_symbol, [id]);
}

function executionAsyncId() {
  return executionId;
}

function triggerAsyncId() {
  return triggerId;
}

function executionAsyncResource() {
  if (resourceStack.length === 0) return topLevelResource;
  return resourceStack[resourceStack.length - 1];
}

function hasAsyncIdStack() {
  return resourceStack.length > 0;
}

// For the loop's callbacks (timers, immediates, ticks): a resource is given
// its ids and the current frame when it is scheduled...
function initResource(resource, type) {
  const asyncId = newAsyncId();
  const trigger = getDefaultTriggerAsyncId();
  resource[async_id_symbol] = asyncId;
  resource[trigger_async_id_symbol] = trigger;
  resource[async_context_frame] = AsyncContextFrame.current();
  if (counts.init > 0) callHooks(init_symbol, [asyncId, type, trigger, resource]);
}

// ...and runs in them: enterResource returns what exitResource puts back.
function enterResource(resource) {
  const prior = AsyncContextFrame.exchange(resource[async_context_frame]);
  emitBefore(resource[async_id_symbol], resource[trigger_async_id_symbol], resource);
  return prior;
}

// `threw`: the callback threw. Its after hooks then wait until the
// uncaught exception was handled (fatalException emits them), as in Node,
// where a domain's error handler runs before the domain is left.
function exitResource(resource, prior, threw = false) {
  if (!threw) emitAfter(resource[async_id_symbol]);
  AsyncContextFrame.set(prior);
}

// After an uncaught exception was handled: the after hooks of what was
// running, innermost first, then an empty stack.
function emitAfterForStack() {
  if (counts.after > 0) {
    while (resourceStack.length > 0) {
      if (executionId === 0) popAsyncContext(0);
      else emitAfter(executionId);
    }
  }
  clearAsyncIdStack();
}

// When a callback threw: the stack unwinds to the loop, as Node's
// clearAsyncIdStack after an uncaught exception.
function clearAsyncIdStack() {
  idStack.length = 0;
  resourceStack.length = 0;
  executionId = 0;
  triggerId = 0;
}

module.exports = {
  symbols: {
    async_id_symbol, trigger_async_id_symbol,
    init_symbol, before_symbol, after_symbol, destroy_symbol,
    promise_resolve_symbol, owner_symbol, async_context_frame,
  },
  kNoPromiseHook,
  addHook,
  removeHook,
  hookCount,
  newAsyncId,
  getDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  initHooksExist: () => counts.init > 0,
  destroyHooksExist: () => counts.destroy > 0,
  enabledHooksExist: () => activeHooks.length > 0,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  pushAsyncContext,
  popAsyncContext,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  hasAsyncIdStack,
  clearAsyncIdStack,
  initResource,
  enterResource,
  exitResource,
  emitAfterForStack,
};
