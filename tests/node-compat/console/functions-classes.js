// Functions and classes.
'use strict';

function named() {}
async function asyncNamed() {}
function* generator() {}
async function* asyncGenerator() {}
class Base {}
class Derived extends Base {}
class WithStatic {
  static count = 3;
}
const decorated = function decorated() {};
decorated.meta = { version: 1 };

console.log(named);
console.log(function () {});
console.log(() => {});
console.log(asyncNamed, async () => {});
console.log(generator, asyncGenerator);
console.log(Base, Derived, class {});
console.log(WithStatic);
console.log(decorated);
console.log({ method() {}, named, Derived });
console.log([named, Base]);
console.log(named.bind(null));
console.log(Object.setPrototypeOf(function orphan() {}, null));
