'use strict';
// `worker_threads` as seen from the only thread a pod process has: it is
// the main thread (isMainThread, threadId 0, no parentPort, workerData
// null), the environment data map, and the transfer marks.
//
// Not covered: Worker threads (a pod runs one JavaScript thread per
// process): `new Worker()` throws ERR_METHOD_NOT_IMPLEMENTED, and so do
// the message ports until the pod has MessageChannel (then they are the
// globals).

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const EventEmitter = require('events');

const environmentData = new Map();
const untransferable = new WeakSet();
const uncloneable = new WeakSet();

class Worker extends EventEmitter {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('worker_threads.Worker()');
  }
}

function missing(name) {
  return class {
    constructor() {
      throw new ERR_METHOD_NOT_IMPLEMENTED(`worker_threads.${name}()`);
    }
  };
}

function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  if (object == null) return false;
  return untransferable.has(object);
}

function markAsUncloneable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  uncloneable.add(object);
}

// Node keeps environment data per thread and copies it into new workers;
// with one thread it is a process-wide map.
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function notImplemented(name) {
  return function () {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`worker_threads.${name}()`);
  };
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  MessagePort: globalThis.MessagePort ?? missing('MessagePort'),
  MessageChannel: globalThis.MessageChannel ?? missing('MessageChannel'),
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext: notImplemented('moveMessagePortToContext'),
  receiveMessageOnPort: notImplemented('receiveMessageOnPort'),
  resourceLimits: {},
  postMessageToThread: notImplemented('postMessageToThread'),
  threadId: 0,
  threadName: '',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel: globalThis.BroadcastChannel ?? missing('BroadcastChannel'),
  setEnvironmentData,
  getEnvironmentData,
};
