// Holes in arrays.
'use strict';

console.log([1, , 3]); // eslint-disable-line no-sparse-arrays
console.log([, , ,]); // eslint-disable-line no-sparse-arrays
console.log(new Array(5));
console.log([, 'a', , , 'b', , ]); // eslint-disable-line no-sparse-arrays
const sparse = [];
sparse[3] = 'x';
sparse[10] = 'y';
console.log(sparse);
const huge = new Array(1000);
huge[500] = 1;
console.log(huge);
const holey = [1, 2];
holey[5] = 6;
holey.extra = true;
console.log(holey);
console.log([undefined, , null]); // eslint-disable-line no-sparse-arrays
