// Arrays of short items are grouped into aligned columns.
'use strict';

console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(Array.from({ length: 30 }, (_, i) => (i % 2 ? -i * 123 : i)));
console.log(Array.from({ length: 20 }, (_, i) => 'x'.repeat((i % 5) + 1)));
console.log('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' '));
console.log(Array.from({ length: 12 }, (_, i) => BigInt(i) ** 7n));
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 8 }, (_, i) => ({ i })));
console.log(Array.from({ length: 16 }, (_, i) => [i, i * 2]));
console.log(Array.from({ length: 9 }, (_, i) => (i % 2 ? 'odd' : i)));
console.log({ nested: Array.from({ length: 40 }, (_, i) => i) });
console.log(Array.from({ length: 10 }, (_, i) => '漢字'.repeat((i % 3) + 1)));
