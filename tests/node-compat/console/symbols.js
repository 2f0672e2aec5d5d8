// Symbols as values and as keys.
'use strict';

console.log(Symbol(), Symbol('described'), Symbol.for('registered'), Symbol.iterator);
console.log([Symbol('in array')]);
console.log({ [Symbol('key')]: 'value', regular: 1, [Symbol()]: 'anonymous' });
console.log({ [Symbol.iterator]: 1, [Symbol.for('x y')]: 2 });
console.log({ [Symbol("it's")]: 'quote in description' });
const hidden = {};
Object.defineProperty(hidden, Symbol('non-enumerable'), { value: 1 });
console.log(hidden);
console.log(String(Symbol('as string')));
