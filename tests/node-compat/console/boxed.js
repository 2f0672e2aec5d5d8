// Boxed primitives.
'use strict';

console.log(new Number(3));
console.log(new Number(-0));
console.log(new String('text'));
console.log(new Boolean(false));
console.log(Object(5n));
console.log(Object(Symbol('boxed')));
console.log([new Number(1), new String('in array')]);
const labeled = new String('ab');
labeled.extra = 'property';
console.log(labeled);
console.log({ boxed: new Boolean(true) });
