// Nested plain objects and the default depth of 2.
'use strict';

console.log({});
console.log({ a: 1, b: 'two', c: [3], d: { e: null } });
console.log({ level1: { level2: { level3: { level4: 'hidden' } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
console.log({ list: [{ id: 1, tags: ['x', 'y'] }, { id: 2, tags: [] }] });
console.log({
  name: 'configuration',
  server: { host: 'localhost', port: 8080, tls: { enabled: false } },
  users: [{ name: 'alice', roles: ['admin'] }, { name: 'bob', roles: ['user', 'guest'] }],
});
console.log([[[[['deep']]]]]);
console.log({ fn() {}, arrow: () => 1, nested: { undef: undefined } });
