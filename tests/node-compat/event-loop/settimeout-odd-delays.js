// 0, negative, NaN, string and missing delays all act like 1ms, so they fire in insertion order; '5' is parsed as 5ms.
setTimeout(() => console.log('negative'), -10);
setTimeout(() => console.log('string abc'), 'abc');
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('missing'));
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('string 50'), '50');
setTimeout(() => console.log('delay 100'), 100);
console.log('sync');
