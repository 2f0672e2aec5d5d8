'use strict';
// Timers and immediates as Node keeps them: one list of timers per duration,
// the lists in a priority queue by expiry; immediates in a FIFO. The loop
// calls processTimers(now) in the timers phase and processImmediate() in the
// check phase; `loop.scheduleTimer` and the ref toggles tell it what is pending.

const loop = internalBinding('loop');
const { runNextTicks } = require('internal/process/task_queues');
// Each timer and immediate is an async resource: it runs in the async
// context frame (AsyncLocalStorage stores) current when it was scheduled.
const {
  initResource, enterResource, exitResource, emitDestroy, destroyHooksExist,
  symbols: { async_id_symbol },
} = require('internal/async_hooks');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kId = Symbol('asyncId');

let nextId = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let refCount = 0;
let nextExpiry = Infinity;
const timerListMap = new Map();
const knownTimersById = new Map();

// A binary min-heap of timer lists ordered by (expiry, id).
class TimerListQueue {
  #heap = [];
  peek() {
    return this.#heap[0];
  }
  insert(list) {
    this.#heap.push(list);
    this.#up(this.#heap.length - 1);
  }
  shift() {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      this.#down(0);
    }
    return top;
  }
  remove(list) {
    const heap = this.#heap;
    const index = heap.indexOf(list);
    if (index === -1) return;
    const last = heap.pop();
    if (index < heap.length) {
      heap[index] = last;
      this.#down(index);
      this.#up(index);
    }
  }
  reposition(list) {
    const index = this.#heap.indexOf(list);
    this.#down(index);
    this.#up(index);
  }
  #less(a, b) {
    return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
  }
  #up(index) {
    const heap = this.#heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#less(heap[index], heap[parent])) break;
      [heap[index], heap[parent]] = [heap[parent], heap[index]];
      index = parent;
    }
  }
  #down(index) {
    const heap = this.#heap;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && this.#less(heap[left], heap[smallest])) smallest = left;
      if (right < heap.length && this.#less(heap[right], heap[smallest])) smallest = right;
      if (smallest === index) return;
      [heap[index], heap[smallest]] = [heap[smallest], heap[index]];
      index = smallest;
    }
  }
}
const timerListQueue = new TimerListQueue();

// A doubly linked list whose head node is the list object itself, as Node's
// internal/linkedlist: timers link through _idlePrev/_idleNext.
const L = {
  init(list) {
    list._idleNext = list;
    list._idlePrev = list;
    return list;
  },
  peek(list) {
    return list._idlePrev === list ? null : list._idlePrev;
  },
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    item._idleNext = null;
    item._idlePrev = null;
  },
  append(list, item) {
    if (item._idleNext || item._idlePrev) L.remove(item);
    item._idleNext = list._idleNext;
    list._idleNext._idlePrev = item;
    item._idlePrev = list;
    list._idleNext = item;
  },
  isEmpty(list) {
    return list._idleNext === list;
  },
};

function incRefCount() {
  if (refCount++ === 0) loop.toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) loop.toggleTimerRef(false);
}

// Negative and NaN durations are warned about once per process.
let timeoutNegativeWarned = false;
let timeoutNaNWarned = false;

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    if (after === undefined) after = 1;
    else after *= 1; // to a number, or NaN
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(
          `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning',
        );
      } else if (after < 0 && !timeoutNegativeWarned) {
        timeoutNegativeWarned = true;
        process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
      } else if (Number.isNaN(after) && !timeoutNaNWarned) {
        timeoutNaNWarned = true;
        process.emitWarning(`${after} is not a number.\nTimeout duration was set to 1.`, 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kId] = nextId++;
    initResource(this, 'Timeout');
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed) {
    item._destroyed = false;
    if (refed) incRefCount();
  } else if (refed !== item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = loop.now()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap.get(msecs);
  if (list === undefined) {
    const expiry = start + msecs;
    list = L.init({ expiry, id: timerListId++, msecs });
    timerListMap.set(msecs, list);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      loop.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  if (destroyHooksExist() && item[async_id_symbol] !== undefined) emitDestroy(item[async_id_symbol]);
  item._destroyed = true;
  if (item[kHasPrimitive]) knownTimersById.delete(item[kId]);
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  L.remove(item);
  const list = timerListMap.get(Math.trunc(item._idleTimeout));
  if (list !== undefined && L.isEmpty(list)) {
    timerListQueue.remove(list);
    timerListMap.delete(list.msecs);
  }
  item._idleTimeout = -1;
}

function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = L.peek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // The rest of this list is not due yet.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.reposition(list);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    L.remove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }
    const start = timer._repeat ? loop.now() : undefined;
    const priorFrame = enterResource(timer);
    let threw = true;
    try {
      const args = timer._timerArgs;
      if (args === undefined || args.length === 0) timer._onTimeout();
      else timer._onTimeout(...args);
      threw = false;
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) knownTimersById.delete(timer[kId]);
        emitDestroy(timer[async_id_symbol]);
      }
      exitResource(timer, priorFrame, threw);
    }
  }
  if (list === timerListMap.get(msecs)) {
    timerListMap.delete(msecs);
    timerListQueue.remove(list);
  }
}

// Immediates.
let immediateCount = 0;
let immediateRefCount = 0;

function publishImmediateCounts() {
  loop.setImmediateCounts(immediateCount, immediateRefCount);
}

class ImmediateList {
  head = null;
  tail = null;
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

// Immediates queued while the check phase runs wait for the next one; those
// left over when a callback throws run first in the next check phase.
const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initResource(this, 'Immediate');
    this.ref();
    immediateCount++;
    publishImmediateCounts();
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      immediateRefCount++;
      publishImmediateCounts();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      immediateRefCount--;
      publishImmediateCounts();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function clearImmediate(immediate) {
  // NODE-DIFF: Node also counts down for an object that is no Immediate
  // (its count wraps around in a Uint32Array, unseen); here only ours count.
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediateCount--;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateRefCount--;
  immediate[kRefed] = null;
  publishImmediateCounts();
  immediate._onImmediate = null;
  emitDestroy(immediate[async_id_symbol]);
  immediateQueue.remove(immediate);
}

function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
  }
  let ranAtLeastOne = false;
  while (immediate !== null) {
    if (ranAtLeastOne) runNextTicks();
    else ranAtLeastOne = true;
    const next = immediate._idleNext;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = next;
      continue;
    }
    immediate._destroyed = true;
    immediateCount--;
    if (immediate[kRefed]) immediateRefCount--;
    immediate[kRefed] = null;
    publishImmediateCounts();
    // Whatever follows must survive this callback throwing.
    outstandingQueue.head = next;
    const priorFrame = enterResource(immediate);
    let threw = true;
    try {
      const argv = immediate._argv;
      if (argv === undefined || argv.length === 0) immediate._onImmediate();
      else immediate._onImmediate(...argv);
      threw = false;
    } finally {
      immediate._onImmediate = null;
      emitDestroy(immediate[async_id_symbol]);
      exitResource(immediate, priorFrame, threw);
      outstandingQueue.head = immediate = immediate._idleNext ?? next;
    }
  }
  outstandingQueue.head = null;
}

function getTimerById(id) {
  return knownTimersById.get(typeof id === 'string' ? Number(id) : id);
}

module.exports = {
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  kRefed,
  insert,
  active,
  unrefActive,
  unenroll,
  clearImmediate,
  getTimerById,
  processTimers,
  processImmediate,
};
