// Accessor properties.
'use strict';
const util = require('util');

const obj = {
  get onlyGetter() { return 1; },
  set onlySetter(value) {},
  get both() { return 'value'; },
  set both(value) {},
};
console.log(obj);
console.log(util.inspect(obj, { getters: true }));
console.log(util.inspect(obj, { getters: 'get' }));
console.log(util.inspect(obj, { getters: 'set' }));
console.log(util.inspect({ get nested() { return { deep: [1, 2] }; } }, { getters: true }));
console.log(util.inspect({ get nothing() { return null; } }, { getters: true }));
console.log(util.inspect({ get broken() { throw new Error('nope'); } }, { getters: true }));
class Temperature {
  constructor() {
    this.celsius = 20;
  }
  get fahrenheit() {
    return this.celsius * 1.8 + 32;
  }
}
console.log(new Temperature());
console.log(Object.defineProperty({}, 'computed', { get: () => 42, enumerable: true }));
