// Maps and Sets.
'use strict';
const util = require('util');

console.log(new Map());
console.log(new Set());
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Map([[{ key: true }, ['value']], [[1, 2], new Set([3])]]));
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log(new Map(Array.from({ length: 12 }, (_, i) => [`key number ${i}`, i])));
console.log(util.inspect(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 2 }));
console.log(util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }));
const tagged = new Map([[1, 'one']]);
tagged.note = 'extra property';
console.log(tagged);
class Registry extends Map {}
console.log(new Registry([['id', 7]]));
class Bag extends Set {}
console.log(new Bag());
console.log({ cache: new Map([['user:1', { name: 'Ada', visits: new Set([1, 2]) }]]) });
