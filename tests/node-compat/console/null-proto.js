// Objects without prototype.
'use strict';

console.log(Object.create(null));
console.log(Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
console.log({ nested: Object.create(null) });
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Object.setPrototypeOf(new Map([['k', 'v']]), null));
console.log(Object.setPrototypeOf(new Set([1]), null));
console.log(Object.create(Object.create(null)));
const dict = Object.create(null);
dict['key with spaces'] = true;
dict.__proto__ = 'own property';
console.log(dict);
