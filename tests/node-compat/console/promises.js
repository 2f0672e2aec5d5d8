// Promise states.
'use strict';

const rejected = Promise.reject(42);
rejected.catch(() => {});
console.log(Promise.resolve('done'));
console.log(new Promise(() => {}));
console.log(rejected);
console.log({ pending: new Promise(() => {}), value: Promise.resolve({ a: [1] }) });
