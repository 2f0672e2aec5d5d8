// Values made in a context: util.types, util.inspect, Buffer and querystring see them as Node does.
const vm = require('vm');
const util = require('util');
const querystring = require('querystring');

const values = vm.runInNewContext(`({
  date: new Date(0), regexp: /x/g, map: new Map([[1, 2]]), set: new Set([1]), promise: Promise.resolve(3),
  pending: new Promise(() => {}), array: [1, 'two'], typed: new Uint8Array([1, 2, 3]), buffer: new ArrayBuffer(4),
  view: new DataView(new ArrayBuffer(2)), boxed: new String('s'), weak: new WeakMap(), symbol: Symbol('s'),
  generator: (function* () {})(), fn: function named() {}, arrow: () => {}, klass: class K {}, error: new Error('e'),
  nested: { deep: { deeper: { deepest: 1 } } },
})`);
console.log(util.inspect(values, { depth: 4 }).replace(/\n\s+at [^\n]*/g, ''));
const types = util.types;
console.log(types.isDate(values.date), types.isRegExp(values.regexp), types.isMap(values.map), types.isSet(values.set),
  types.isPromise(values.promise), types.isUint8Array(values.typed), types.isArrayBuffer(values.buffer),
  types.isAnyArrayBuffer(values.buffer), types.isDataView(values.view), types.isBoxedPrimitive(values.boxed),
  types.isWeakMap(values.weak), types.isGeneratorObject(values.generator), types.isNativeError(values.error));
console.log(values.date instanceof Date, values.map instanceof Map);

console.log(Buffer.from(values.typed), Buffer.from(values.buffer).length, Buffer.byteLength(values.buffer));
console.log(Buffer.isBuffer(values.typed), Buffer.from(vm.runInNewContext('new String("text")')).toString());
console.log(Buffer.compare(Buffer.from([1, 2, 3]), values.typed));
console.log(querystring.stringify(vm.runInNewContext('({ foo: ["bar", "baz"], n: 1 })')));
