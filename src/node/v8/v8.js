'use strict';
// `v8` on an engine that is not V8 (QuickJS): the heap figures come from
// the engine's memory use (process.memoryUsage), arranged in V8's shapes;
// isStringOneByteRepresentation answers by the string's code units (QuickJS
// also keeps Latin-1 strings narrow); the startup-snapshot API says no
// snapshot is being built (ERR_NOT_BUILDING_SNAPSHOT, as Node does outside
// --build-snapshot); takeCoverage/stopCoverage do nothing without
// NODE_V8_COVERAGE, as in Node.
//
// Not covered: what needs V8 itself throws ERR_METHOD_NOT_IMPLEMENTED:
// setFlagsFromString (QuickJS has no V8 flags to set), heap snapshots,
// queryObjects, the serializer (V8's wire format), promiseHooks, GCProfiler.
//
// NODE-DIFF: getHeapSpaceStatistics() is empty (QuickJS has no heap spaces)
// and getHeapCodeStatistics() counts nothing; cachedDataVersionTag() is a
// hash of the engine version, stable for one build as V8's is.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT } } = require('internal/errors');
const { validateString } = require('internal/validators');


function notImplemented(name) {
  return {
    [name]() {
      throw new ERR_METHOD_NOT_IMPLEMENTED(`v8.${name}()`);
    },
  }[name];
}

function getHeapStatistics() {
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  // An engine without a memory limit can grow to the machine's memory.
  const heapLimit = process.memoryUsage().heapLimit || require('os').totalmem();
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: rss,
    total_available_size: Math.max(0, heapLimit - heapUsed),
    used_heap_size: heapUsed,
    heap_size_limit: heapLimit,
    malloced_memory: heapUsed,
    peak_malloced_memory: heapUsed,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

function getHeapSpaceStatistics() {
  return [];
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// A 32-bit FNV-1a hash of the engine's version.
function cachedDataVersionTag() {
  let hash = 0x811c9dc5;
  for (const char of `quickjs-ng ${process.versions.quickjs}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  throw new ERR_METHOD_NOT_IMPLEMENTED('v8.setFlagsFromString()');
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xff) return false;
  }
  return true;
}

function takeCoverage() {
  if (process.env.NODE_V8_COVERAGE) throw new ERR_METHOD_NOT_IMPLEMENTED('v8.takeCoverage()');
}

function stopCoverage() {
  if (process.env.NODE_V8_COVERAGE) throw new ERR_METHOD_NOT_IMPLEMENTED('v8.stopCoverage()');
}

function notBuilding() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addSerializeCallback: notBuilding,
  addDeserializeCallback: notBuilding,
  setDeserializeMainFunction: notBuilding,
  // Node answers from a flag buffer: 0, not false.
  isBuildingSnapshot: () => 0,
};

function refuseClass(name) {
  return class {
    constructor() {
      throw new ERR_METHOD_NOT_IMPLEMENTED(`v8.${name}()`);
    }
  };
}

const Serializer = refuseClass('Serializer');
const Deserializer = refuseClass('Deserializer');
class DefaultSerializer extends Serializer {}
class DefaultDeserializer extends Deserializer {}

class GCProfiler {
  start() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('v8.GCProfiler.prototype.start()');
  }

  stop() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('v8.GCProfiler.prototype.stop()');
  }
}

const promiseHooks = {
  createHook: notImplemented('promiseHooks.createHook'),
  onInit: notImplemented('promiseHooks.onInit'),
  onBefore: notImplemented('promiseHooks.onBefore'),
  onAfter: notImplemented('promiseHooks.onAfter'),
  onSettled: notImplemented('promiseHooks.onSettled'),
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics: notImplemented('getCppHeapStatistics'),
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize: notImplemented('deserialize'),
  takeCoverage,
  stopCoverage,
  serialize: notImplemented('serialize'),
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  promiseHooks,
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
  isStringOneByteRepresentation,
};
