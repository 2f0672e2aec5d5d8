// console.table: arrays, objects, Maps, Sets and their iterators, primitives,
// a properties filter, wide characters and the cell depth rules.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 2, 'three', { x: 1 }]);
console.table({ r1: { c: 1 }, r2: { d: [1, 2, 3, 4, 5] } });
console.table([{ a: 1, b: 2 }, { a: 3, c: 4 }], ['a']);
console.table(new Map([['k1', { v: 1 }], ['k2', 2]]));
console.table(new Set([1, 'two', { three: 3 }]));
console.table(5);
console.table('str');
console.table(null);
console.table([]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ a: { b: { c: { d: 1 } } }, long: 'x'.repeat(5), uni: '東京😀' });
console.table([{ name: 'café', n: -0, big: 10n, s: Symbol('q'), f() {}, u: undefined, nu: null }]);
console.table(new Map([[{ k: 1 }, 'obj-key']]).entries());
console.table([1, 2].values());
try { console.table([{ a: 1 }], 'a'); } catch (e) { console.log(e.code, e.message); }
try { console.table([{ a: 1 }], 5); } catch (e) { console.log(e.code, e.message); }
