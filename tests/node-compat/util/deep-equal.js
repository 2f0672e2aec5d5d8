// util.isDeepStrictEqual, including its skipPrototype argument, and util.diff.
'use strict';

const util = require('util');

class A {
  constructor() {
    this.x = 1;
  }
}
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [new A(), { x: 1 }], [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Map([['k', 1]]), new Map([['k', 2]])],
  [[1, 2], [1, 2, 3]], [new Date(1), new Date(1)], [/a/, /a/], [Symbol.iterator, Symbol.iterator],
];
for (const [a, b] of pairs) console.log(util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(a, b, true));

console.log(JSON.stringify(util.diff('kitten', 'sitting')));
console.log(JSON.stringify(util.diff(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])));
console.log(JSON.stringify(util.diff('same', 'same')));
try {
  util.diff([], []); // Node 24 fails on two distinct empty arrays
} catch (err) {
  console.log(err.name);
}
for (const [a, b] of [[1, 'a'], ['a', [1]], [['a', 2], ['a']]]) {
  try {
    util.diff(a, b);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
