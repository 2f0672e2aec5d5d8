'use strict';
// `cluster` in the primary process, which is all a pod process can be: an
// EventEmitter saying isPrimary (and the old isMaster), no workers, Node's
// scheduling constants and policy, and the settings setupPrimary merges.
//
// Not covered: forking workers (no child processes in a pod): fork()
// throws ERR_METHOD_NOT_IMPLEMENTED; disconnect() with no workers only
// calls back, as Node's does.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const EventEmitter = require('events');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();

class Worker extends EventEmitter {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('cluster.Worker()');
  }
}

// Node reads NODE_CLUSTER_SCHED_POLICY once ('rr' or 'none'); round robin
// is the default everywhere but Windows.
const policyName = process.env.NODE_CLUSTER_SCHED_POLICY;
const schedulingPolicy = policyName === 'none' ? SCHED_NONE : SCHED_RR;

function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  process.nextTick(() => cluster.emit('setup', settings));
}

Object.assign(cluster, {
  isWorker: false,
  isMaster: true,
  isPrimary: true,
  Worker,
  workers: {},
  settings: {},
  SCHED_NONE,
  SCHED_RR,
  schedulingPolicy,
  setupPrimary,
  setupMaster: setupPrimary,
  fork() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('cluster.fork()');
  },
  disconnect(callback) {
    if (typeof callback === 'function') process.nextTick(callback);
  },
});

module.exports = cluster;
