// clearInterval/clearTimeout right after creation means the callback never runs; clearing twice or null is harmless.
const iv = setInterval(() => console.log('interval (should not run)'), 1);
clearInterval(iv);
clearInterval(iv);
const t = setTimeout(() => console.log('timeout (should not run)'), 1);
clearTimeout(t);
clearTimeout(null);
clearTimeout(undefined);
clearInterval(undefined);
clearImmediate(undefined);
clearTimeout(12345678);
// clearInterval can clear a timeout and vice versa
const t2 = setTimeout(() => console.log('t2 (should not run)'), 1);
clearInterval(t2);
const iv2 = setInterval(() => console.log('iv2 (should not run)'), 1);
clearTimeout(iv2);
setTimeout(() => console.log('done'), 20);
