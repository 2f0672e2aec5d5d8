// console.log joins its arguments with spaces.
'use strict';

console.log('a', 'b', 'c');
console.log(1, 2, 3);
console.log({ a: 1 }, [2], 'three', 4n, null);
console.log('multi\nline', 'string');
console.log([1, 2], { nested: ['x'] });
console.log(undefined);
console.log(null, undefined, true);
console.log(Symbol('first'), 'second');
