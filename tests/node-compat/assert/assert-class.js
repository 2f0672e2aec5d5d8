// The Assert class: strict by default, loose with strict: false, diff: 'full', skipPrototype, and destructured methods.
'use strict';

const { Assert, AssertionError } = require('assert');

function message(fn) {
  try {
    fn();
    return '(passed)';
  } catch (err) {
    return `${err.name}: ${err.message}`;
  }
}

const strict = new Assert();
const loose = new Assert({ strict: false });
const full = new Assert({ diff: 'full' });
const noProto = new Assert({ skipPrototype: true });

class A {
  constructor() {
    this.x = 1;
  }
}

console.log(message(() => strict.equal(1, '1')));
console.log(message(() => loose.equal(1, '1')));
console.log(message(() => strict.deepEqual({ a: 1 }, { a: '1' })));
console.log(message(() => loose.deepEqual({ a: 1 }, { a: '1' })));
console.log(message(() => strict.deepStrictEqual(new A(), { x: 1 })));
console.log(message(() => noProto.deepStrictEqual(new A(), { x: 1 })));
console.log(message(() => noProto.notDeepStrictEqual(new A(), { x: 1 })));
const many = Array.from({ length: 60 }, (_, i) => i);
console.log(message(() => strict.strictEqual(many, many.slice())));
console.log(message(() => full.strictEqual(many, many.slice())));
const other = many.slice();
other[30] = 'x';
console.log(message(() => full.deepStrictEqual(many, other)));
console.log(message(() => strict.deepStrictEqual(many, other)));
console.log(message(() => full.notDeepStrictEqual(many, many.slice())));
const { deepStrictEqual } = noProto;
console.log(message(() => deepStrictEqual(new A(), { x: 1 })));
console.log(strict.AssertionError === AssertionError, Object.keys(strict).join(','), Object.keys(loose).join(','));
console.log(message(() => Assert()));
console.log(message(() => new Assert({ diff: 'nope' })));
console.log(message(() => strict.ok(0)));
console.log(message(() => strict.fail('fails')));
console.log(typeof Assert.prototype.rejects, Object.keys(Assert.prototype).length);
