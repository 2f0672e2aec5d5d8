// v8's heap figures have V8's shapes, and its argument checks match.
const v8 = require('v8');
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats).join());
console.log(Object.values(stats).every((value) => typeof value === 'number' && value >= 0));
console.log(stats.heap_size_limit > stats.used_heap_size, stats.used_heap_size > 0);
console.log(Object.keys(v8.getHeapCodeStatistics()).join());
console.log(Array.isArray(v8.getHeapSpaceStatistics()));
const tag = v8.cachedDataVersionTag();
console.log(Number.isInteger(tag), tag >= 0, tag === v8.cachedDataVersionTag());
console.log(v8.isStringOneByteRepresentation('plain'), v8.isStringOneByteRepresentation('caf\u00e9'),
  v8.isStringOneByteRepresentation('\u20ac'), v8.isStringOneByteRepresentation(''));
for (const [name, value] of [['isStringOneByteRepresentation', 1], ['setFlagsFromString', 1]]) {
  try {
    v8[name](value);
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
console.log(v8.startupSnapshot.isBuildingSnapshot());
for (const name of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  try {
    v8.startupSnapshot[name](() => {});
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
console.log(Object.keys(v8.promiseHooks).sort().join(), typeof v8.Serializer, typeof v8.GCProfiler);
console.log(v8.takeCoverage(), v8.stopCoverage());
