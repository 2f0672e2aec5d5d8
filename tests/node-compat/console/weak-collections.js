// WeakMap and WeakSet never show their entries by default.
'use strict';

const key = {};
console.log(new WeakMap([[key, 1]]));
console.log(new WeakSet([key]));
console.log({ cache: new WeakMap() });
const weak = new WeakMap();
weak.note = 'property';
console.log(weak);
