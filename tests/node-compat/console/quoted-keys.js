// Property names that are not identifiers are quoted.
'use strict';

console.log({ valid_name: 1, $dollar: 2, 'with-dash': 3, 'with space': 4 });
console.log({ 1: 'numeric', '01': 'leading zero', '': 'empty' });
console.log({ "it's": 1, 'say "hi"': 2, 'new\nline': 3 });
console.log(JSON.parse('{"__proto__": "own"}'));
console.log({ café: 'unicode', 日本: 'cjk' });
