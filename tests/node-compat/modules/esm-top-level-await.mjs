// Top-level await: importers wait; the loop keeps running meanwhile.
console.log('main: start');
setTimeout(() => console.log('timer while awaiting'), 1);
const { ready } = await import('./fixtures/esm/tla.mjs');
console.log('main:', ready);
await null;
console.log('main: done');
process.on('exit', (code) => console.log('exit', code));
