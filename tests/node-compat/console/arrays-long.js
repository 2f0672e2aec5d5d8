// Arrays with more than 100 items and extra properties.
'use strict';
const util = require('util');

console.log(new Array(150).fill(0));
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 120 }, (_, i) => `item${i}`));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect([1, 2], { maxArrayLength: 1 }));
console.log(util.inspect([1, 2, 3], { maxArrayLength: 0 }));
const withProps = [1, 2, 3];
withProps.label = 'numbers';
withProps[Symbol('sym')] = true;
console.log(withProps);
console.log(Object.assign([], { only: 'property' }));
