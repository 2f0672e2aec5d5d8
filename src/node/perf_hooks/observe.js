'use strict';
// The performance timeline: PerformanceEntry, the global buffers of marks
// and measures, and PerformanceObserver, whose callback gets the entries
// it observes in a setImmediate after they are made, as in Node.
//
// Not covered: the 'gc', 'http', 'http2', 'net' and 'dns' entries Node's
// native side makes (observing them is accepted and sees nothing), and
// resource timing entries (no fetch in a pod yet).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('NodePerformanceEntry.Detail');
const kSkipThrow = Symbol('kSkipThrow');
const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

function inspectAs(name, value, depth, options) {
  if (depth < 0) return undefined;
  const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(value, nested)}`;
}

function checkField(self, field, className) {
  if (typeof self !== 'object' || self === null || !(field in self)) throw new ERR_INVALID_THIS(className);
}

function defineEnumerable(prototype, names, tag) {
  for (const name of names) {
    Object.defineProperty(prototype, name, { ...Object.getOwnPropertyDescriptor(prototype, name), enumerable: true });
  }
  if (tag !== undefined) {
    Object.defineProperty(prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
  }
}

function isPerformanceEntry(value) {
  return value?.[kName] !== undefined;
}

class PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    checkField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    checkField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    checkField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    checkField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [customInspect](depth, options) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options) ?? this;
  }

  toJSON() {
    checkField(this, kName, 'PerformanceEntry');
    return { name: this[kName], entryType: this[kEntryType], startTime: this[kStartTime], duration: this[kDuration] };
  }
}
defineEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);

// Entries Node makes itself ('function' from timerify), with a detail.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    checkField(this, kDetail, 'NodePerformanceEntry');
    return this[kDetail];
  }

  toJSON() {
    checkField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'resource']);
const kTypeSingle = 0;
const kTypeMultiple = 1;

let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
const kPerformanceEntryBufferWarnSize = 1e6;
const kClearPerformanceEntryBuffers = { mark: 'performance.clearMarks', measure: 'performance.clearMeasures' };
const warnedEntryTypes = new Set();

const observers = new Set();
const pending = new Set();
let isPending = false;

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const due = Array.from(pending);
    pending.clear();
    for (const observer of due) observer[kDispatch]();
  });
}

const byStartTime = (first, second) => first.startTime - second.startTime;

class PerformanceObserverEntryList {
  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = entries.sort(byStartTime);
  }

  getEntries() {
    checkField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    checkField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    checkField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [customInspect](depth, options) {
    return inspectAs('PerformanceObserverEntryList', this[kBuffer], depth, options) ?? this;
  }
}
defineEnumerable(PerformanceObserverEntryList.prototype, ['getEntries', 'getEntriesByType', 'getEntriesByName'],
  'PerformanceObserverEntryList');

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw new DOMException('PerformanceObserver can not change to multiple observations',
            'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw new DOMException('PerformanceObserver can not change to single observation',
            'InvalidModificationError');
        }
        break;
    }
    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#entryTypes.clear();
      for (const entryType of entryTypes) {
        if (kSupportedEntryTypes.includes(entryType)) this.#entryTypes.add(entryType);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        this.#buffer.push(...filterBufferMapByNameAndType(undefined, type));
        pending.add(this);
        queuePending();
      }
    }
    if (this.#entryTypes.size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    queuePending();
  }

  [kDispatch]() {
    this.#callback(new PerformanceObserverEntryList(kSkipThrow, this.takeRecords()), this);
  }

  [customInspect](depth, options) {
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, depth, options) ?? this;
  }
}
defineEnumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords'], 'PerformanceObserver');

function enqueue(entry) {
  if (!isPerformanceEntry(entry)) throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') buffer = markEntryBuffer;
  else if (entryType === 'measure') buffer = measureEntryBuffer;
  else return;
  buffer.push(entry);
  if (buffer.length > kPerformanceEntryBufferWarnSize && !warnedEntryTypes.has(entryType)) {
    warnedEntryTypes.add(entryType);
    const warning = new Error(`Possible perf_hooks memory leak detected. ${buffer.length} ${entryType} entries ` +
      `added to the global performance entry buffer. Use ${kClearPerformanceEntryBuffers[entryType]} to clear the buffer.`);
    warning.name = 'MaxPerformanceEntryBufferExceededWarning';
    warning.entryType = entryType;
    warning.count = buffer.length;
    process.emitWarning(warning);
  }
}

function clearEntriesFromBuffer(type, name) {
  const keep = (entry) => entry.name !== name;
  if (type === 'mark') markEntryBuffer = name === undefined ? [] : markEntryBuffer.filter(keep);
  else if (type === 'measure') measureEntryBuffer = name === undefined ? [] : measureEntryBuffer.filter(keep);
  else if (type === 'resource') resourceTimingBuffer = name === undefined ? [] : resourceTimingBuffer.filter(keep);
}

function filterBufferMapByNameAndType(name, type) {
  let list;
  if (type === 'mark') list = markEntryBuffer;
  else if (type === 'measure') list = measureEntryBuffer;
  else if (type === 'resource') list = resourceTimingBuffer;
  else if (type !== undefined) return [];
  else list = [...markEntryBuffer, ...measureEntryBuffer, ...resourceTimingBuffer];
  if (name !== undefined) list = list.filter((entry) => entry.name === name);
  else if (type !== undefined) list = list.slice();
  return list.sort(byStartTime);
}

module.exports = {
  PerformanceEntry,
  PerformanceNodeEntry,
  PerformanceObserver,
  PerformanceObserverEntryList,
  createPerformanceNodeEntry,
  isPerformanceEntry,
  kSkipThrow,
  enqueue,
  bufferUserTiming,
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
};
