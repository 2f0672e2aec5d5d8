// util.format and util.formatWithOptions: every specifier, extra arguments, and inspect options.
'use strict';

const util = require('util');

class Thing {
  constructor() {
    this.a = 1;
  }

  toString() {
    return 'Thing!';
  }
}
const circular = { name: 'c' };
circular.self = circular;

const cases = [
  [],
  ['plain'],
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 10n],
  ['%s', Symbol('sym')],
  ['%s', null],
  ['%s', undefined],
  ['%s', { a: { b: { c: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new Thing()],
  ['%s', () => 1],
  ['%d', '42'],
  ['%d', 42.5],
  ['%d', '0x10'],
  ['%d', 10n],
  ['%d', {}],
  ['%d', Symbol('x')],
  ['%i', 42.9],
  ['%i', '-7.5'],
  ['%i', 10n],
  ['%f', '1.5e3'],
  ['%f', 'abc'],
  ['%j', { a: [1, 'two'] }],
  ['%j', circular],
  ['%j', undefined],
  ['%o', { a: 1, fn() {} }],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%c', 'color: red'],
  ['%%', 1],
  ['%s %s', 'only one'],
  ['%s', 'a', 'b', 3, { c: 4 }],
  ['no specifiers', 1, 'two', [3]],
  ['%x unknown', 1],
  ['100%', 5],
  ['%s:%d:%i:%f:%j:%o:%O', 'a', 1, 2, 3, 4, 5, 6],
  [1, 2, 3],
  [{ a: 1 }, 'str'],
  ['%s', 'x'.repeat(5)],
  ['trailing %'],
  ['%s', new Date(0)],
  ['%s', new Map([[1, 2]])],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));

console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%s %o', 'x', [1])));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } })));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, 'x', { a: 1 })));
try {
  util.formatWithOptions('nope', 'x');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
