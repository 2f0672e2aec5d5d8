// Proxies are shown like their targets.
'use strict';

console.log(new Proxy({ a: 1, b: [2] }, {}));
console.log(new Proxy([1, 2, 3], {}));
console.log({ proxied: new Proxy({ nested: true }, {}) });
