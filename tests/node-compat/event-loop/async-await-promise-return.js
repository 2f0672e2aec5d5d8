// Returning a promise from an async function costs extra microtask turns compared to a plain value.
async function plain() { return 'plain'; }
async function viaPromise() { return Promise.resolve('viaPromise'); }
async function viaAwait() { return await Promise.resolve('viaAwait'); }
viaPromise().then((v) => console.log(v));
viaAwait().then((v) => console.log(v));
plain().then((v) => console.log(v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
