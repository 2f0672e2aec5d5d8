// import.meta as Node 24 fills it in.
const relative = (p) => p.split(import.meta.dirname).join('<dir>');
console.log(Object.keys(import.meta));
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/esm-import-meta.mjs'));
console.log(relative(import.meta.filename), relative(import.meta.dirname), import.meta.main);
console.log(relative(import.meta.resolve('./fixtures/esm/lib.mjs')));
console.log(relative(import.meta.resolve('./not-there-yet.js')));
console.log(import.meta.resolve('node:path'), import.meta.resolve('path'));
const lib = await import('./fixtures/esm/lib.mjs');
console.log(typeof lib.default, lib.default());
