'use strict';
// process.nextTick, queueMicrotask and the drain that follows every callback
// from the loop (Node's processTicksAndRejections), including Node 24's
// unhandled-rejection handling (mode "throw").

const loop = internalBinding('loop');
const { validateFunction } = require('internal/validators');
const { hideFromStackTraces } = require('internal/stack_trace');
// Ticks and microtasks are async resources: each runs in the async context
// frame (AsyncLocalStorage stores) current when it was queued.
const {
  initResource, enterResource, exitResource, emitDestroy,
  symbols: { async_id_symbol },
} = require('internal/async_hooks');

// A FIFO of ticks as a singly linked list: push and shift are O(1).
let head = null;
let tail = null;

function hasTickScheduled() {
  return head !== null;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  const tick = { callback, args, next: null };
  initResource(tick, 'TickObject');
  if (tail === null) head = tail = tick;
  else tail = tail.next = tick;
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  const microtask = {};
  initResource(microtask, 'Microtask');
  Promise.resolve().then(() => runMicrotask(microtask, callback));
}

// A microtask's throw is an uncaught exception, not a rejection.
function runMicrotask(microtask, callback) {
  const priorFrame = enterResource(microtask);
  let threw = false;
  try {
    callback();
  } catch (error) {
    // fatalException emits this microtask's after hooks once handled.
    threw = true;
    require('internal/process/execution').fatalException(error, 'uncaughtException');
  } finally {
    exitResource(microtask, priorFrame, threw);
    emitDestroy(microtask[async_id_symbol]);
  }
}

const ReflectApply = Reflect.apply;

function runMicrotasks() {
  loop.runMicrotasks();
}

function processTicksAndRejections() {
  do {
    while (head !== null) {
      const tick = head;
      head = tick.next;
      if (head === null) tail = null;
      const { callback, args } = tick;
      const priorFrame = enterResource(tick);
      let threw = true;
      try {
        if (args.length === 0) callback();
        else callback(...args);
        threw = false;
      } finally {
        exitResource(tick, priorFrame, threw);
      }
      emitDestroy(tick[async_id_symbol]);
    }
    runMicrotasks();
  } while (hasTickScheduled() || processPromiseRejections());
}

// What Node does when a callback from the loop returns.
function afterCallback() {
  if (!hasTickScheduled() && !loop.hasRejections() && pendingUnhandled.length === 0) {
    runMicrotasks();
  }
  if (!hasTickScheduled() && !loop.hasRejections() && pendingUnhandled.length === 0) return;
  // Node's loop calls it on the process object: stacks show
  // `process.processTicksAndRejections`.
  ReflectApply(processTicksAndRejections, process, []);
}

// Promises reported unhandled and not yet handled, by promise.
const maybeUnhandled = new WeakMap();
const pendingUnhandled = [];

function collectRejections() {
  const changes = loop.takeRejections();
  for (let i = 0; i < changes.length; i += 3) {
    const promise = changes[i];
    const reason = changes[i + 1];
    const handled = changes[i + 2];
    if (!handled) {
      maybeUnhandled.set(promise, { reason, warned: false });
      pendingUnhandled.push(promise);
      continue;
    }
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    maybeUnhandled.delete(promise);
    if (info.warned) nextTick(() => process.emit('rejectionHandled', promise));
  }
}

function processPromiseRejections() {
  collectRejections();
  let emitted = false;
  while (pendingUnhandled.length > 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined || info.warned) continue;
    info.warned = true;
    emitted = true;
    if (!process.emit('unhandledRejection', info.reason, promise)) {
      require('internal/process/execution').fatalException(unhandledRejectionError(info.reason), 'unhandledRejection');
    }
  }
  return emitted || pendingUnhandled.length > 0;
}

function unhandledRejectionError(reason) {
  if (reason instanceof Error) return reason;
  const { inspect } = require('internal/util/inspect');
  const error = new Error(
    'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
      ` reason "${inspect(reason)}".`,
  );
  error.name = 'UnhandledPromiseRejection';
  error.code = 'ERR_UNHANDLED_REJECTION';
  return error;
}

// Node runs the microtask queue from C++: no frame of it shows under a job.
hideFromStackTraces(runMicrotasks);
hideFromStackTraces(afterCallback);

module.exports = { nextTick, queueMicrotask, hasTickScheduled, runNextTicks: afterCallback, afterCallback };
