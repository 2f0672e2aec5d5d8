'use strict';
// `worker_threads` as seen from the only thread a pod process has: it is
// the main thread (isMainThread, threadId 0, no parentPort, workerData
// null), the environment data map, and the transfer marks.
//
// Message ports, channels and the transfer marks are the pod's own
// (internal/worker/io), shared with the globals.
//
// Not covered: Worker threads (a pod runs one JavaScript thread per
// process): `new Worker()` and `postMessageToThread()` throw
// ERR_METHOD_NOT_IMPLEMENTED.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const EventEmitter = require('events');

const io = require('internal/worker/io');

const environmentData = new Map();

class Worker extends EventEmitter {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('worker_threads.Worker()');
  }
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
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUncloneable: io.markAsUncloneable,
  markAsUntransferable: io.markAsUntransferable,
  isMarkedAsUntransferable: io.isMarkedAsUntransferable,
  moveMessagePortToContext: io.moveMessagePortToContext,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread: notImplemented('postMessageToThread'),
  threadId: 0,
  threadName: '',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
