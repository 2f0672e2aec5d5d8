// Dates and regular expressions.
'use strict';

console.log(new Date(0));
console.log(new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123)));
console.log(new Date(NaN));
console.log([new Date(86400000), { when: new Date(1e12) }]);
const labeled = new Date(0);
labeled.label = 'epoch';
console.log(labeled);
console.log(/abc/);
console.log(/a+b*\/c/gimsuy);
console.log(new RegExp('line\nbreak'));
console.log([/x/g, { re: /y/ }]);
const flagged = /z/;
flagged.note = 'with property';
console.log(flagged);
class Stamp extends Date {}
console.log(new Stamp(0));
