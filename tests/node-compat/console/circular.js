// Circular references.
'use strict';

const obj = { name: 'root' };
obj.self = obj;
console.log(obj);

const parent = { name: 'parent', children: [] };
const child = { name: 'child', parent };
parent.children.push(child);
console.log(parent);

const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
b.self = b;
console.log({ a, b });

const list = [1, 2];
list.push(list);
console.log(list);

const map = new Map();
map.set('me', map);
console.log(map);

const shared = { value: 1 };
console.log({ first: shared, second: shared });
