// Timeout.ref/unref return the same object and toggle hasRef(); Immediate has the same API.
const t = setTimeout(() => {
  console.log('timeout ran');
  const i = setImmediate(() => console.log('immediate ran'));
  console.log('immediate hasRef %s', i.hasRef());
  console.log('immediate unref returns self %s', i.unref() === i);
  console.log('immediate after unref %s', i.hasRef());
  console.log('immediate ref returns self %s', i.ref() === i);
  console.log('immediate after ref %s', i.hasRef());
}, 1);
console.log('initial hasRef %s', t.hasRef());
console.log('unref returns self %s', t.unref() === t);
console.log('after unref %s', t.hasRef());
console.log('ref returns self %s', t.ref() === t);
console.log('after ref %s', t.hasRef());
console.log('typeof refresh %s', typeof t.refresh);
