// Deep equality of proxies, module namespaces, getters (called once), throwing getters, private fields, subclasses.
import util from 'node:util';
import assert from 'node:assert';
import * as ns from 'node:path';
const v = (fn) => { try { return fn(); } catch (e) { return `throws ${e.name}`; } };
console.log(v(() => util.isDeepStrictEqual(new Proxy([1, 2], {}), [1, 2])));
console.log(v(() => util.isDeepStrictEqual(new Proxy({ a: 1 }, {}), { a: 1 })));
console.log(v(() => util.isDeepStrictEqual(ns, ns)), v(() => util.isDeepStrictEqual(ns, { ...ns })));
console.log(util.types.isModuleNamespaceObject(ns), util.types.isProxy(new Proxy({}, {})));
let count = 0;
const getter = { get a() { count++; return 1; } };
console.log(util.isDeepStrictEqual(getter, { a: 1 }), count);
const throwing = { get a() { throw new RangeError('no'); } };
console.log(v(() => util.isDeepStrictEqual(throwing, { a: 1 })));
console.log(v(() => assert.deepStrictEqual(throwing, { a: 1 })));
class WithPrivate { #x = 1; constructor(x) { this.#x = x; } }
console.log(util.isDeepStrictEqual(new WithPrivate(1), new WithPrivate(2)));
const a = []; a[5] = 1; const b = []; b[5] = 1;
console.log(util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(a, [,,,,,1]));
console.log(v(() => assert.deepStrictEqual(new Proxy([1], {}), [2])));
console.log(util.isDeepStrictEqual(globalThis, globalThis), util.isDeepStrictEqual(Object.freeze({a: 1}), {a: 1}));
console.log(util.isDeepStrictEqual(new (class extends Array {})(1, 2), [1, 2]));
console.log(util.isDeepStrictEqual(new (class extends Map {})([[1, 2]]), new Map([[1, 2]])));
console.log(util.isDeepStrictEqual(Object.assign(Object.create({ inherited: 1 }), { a: 1 }), { a: 1 }));
console.log(v(() => assert.deepEqual(Object.assign(Object.create({ inherited: 1 }), { a: 1 }), { a: 1 })));
