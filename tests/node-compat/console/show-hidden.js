// showHidden lists non-enumerable properties.
'use strict';
const util = require('util');

const obj = { visible: 1 };
Object.defineProperty(obj, 'hidden', { value: 2, enumerable: false });
console.log(obj);
console.log(util.inspect(obj, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new Uint8Array(2), { showHidden: true }));
console.log(util.inspect(obj, true));
class WithPrototypeData {}
WithPrototypeData.prototype.shared = 'on prototype';
console.log(util.inspect(new WithPrototypeData(), { showHidden: true }));
