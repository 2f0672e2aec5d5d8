// util.types and the util/types module: every predicate against a table of values.
'use strict';

const util = require('util');
const types = require('util/types');

function args() {
  return arguments;
}
function* gen() {}
async function* agen() {}
class Sub extends Error {}

const values = [
  ['undefined', undefined], ['null', null], ['number', 1], ['string', 's'], ['boolean', true],
  ['bigint', 1n], ['symbol', Symbol('s')], ['object', {}], ['array', []], ['function', function() {}],
  ['arrow', () => {}], ['async fn', async () => {}], ['bound async', (async () => {}).bind(null)],
  ['generator fn', gen], ['async generator fn', agen], ['generator', gen()], ['async generator', agen()],
  ['arguments', args(1)], ['Number', new Number(1)], ['String', new String('s')],
  ['Boolean', new Boolean(false)], ['BigInt', Object(1n)], ['Symbol', Object(Symbol('s'))],
  ['Date', new Date()], ['RegExp', /x/], ['Error', new Error('e')], ['TypeError', new TypeError('e')],
  ['subclassed error', new Sub()], ['fake error', Object.create(Error.prototype)],
  ['Map', new Map()], ['Set', new Set()], ['WeakMap', new WeakMap()], ['WeakSet', new WeakSet()],
  ['Map iterator', new Map().keys()], ['Set iterator', new Set().entries()],
  ['array iterator', [].values()], ['Promise', Promise.resolve()], ['thenable', { then() {} }],
  ['fake promise', Object.create(Promise.prototype)], ['Proxy', new Proxy({}, {})],
  ['ArrayBuffer', new ArrayBuffer(1)], ['SharedArrayBuffer', new SharedArrayBuffer(1)],
  ['DataView', new DataView(new ArrayBuffer(1))], ['Uint8Array', new Uint8Array(1)],
  ['Buffer', Buffer.alloc(1)], ['Int16Array', new Int16Array(1)], ['Float64Array', new Float64Array(1)],
  ['BigInt64Array', new BigInt64Array(1)], ['Uint8ClampedArray', new Uint8ClampedArray(1)],
  ['fake Map', Object.create(Map.prototype)], ['fake Date', Object.create(Date.prototype)],
  ['tagged object', { [Symbol.toStringTag]: 'Date' }],
];

const predicates = Object.keys(types).filter((name) => !['isKeyObject', 'isCryptoKey'].includes(name));
console.log(predicates.join(' '));
for (const [label, value] of values) {
  const hits = predicates.filter((name) => types[name](value));
  console.log(`${label}: ${hits.join(' ')}`);
}
console.log(util.types === types, typeof types.isKeyObject, typeof types.isCryptoKey);
console.log(types.isKeyObject({}), types.isCryptoKey({}), types.isExternal({}));
console.log(types.isDate.length, types.isTypedArray.name, types.isUint8Array.name);
console.log(types.isArrayBufferView === ArrayBuffer.isView);
