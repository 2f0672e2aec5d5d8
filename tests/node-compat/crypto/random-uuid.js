// randomUUID: RFC 9562 version 4 format, uniqueness, options; crypto.randomUUID on the global too.
'use strict';
const crypto = require('crypto');

const format = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
let wellFormed = 0;
for (let i = 0; i < 2000; i++) {
  const uuid = crypto.randomUUID();
  if (format.test(uuid)) wellFormed++;
  seen.add(uuid);
}
console.log('well formed', wellFormed, 'distinct', seen.size);
console.log('cache disabled', format.test(crypto.randomUUID({ disableEntropyCache: true })));
console.log('empty options', format.test(crypto.randomUUID({})));
console.log('global', format.test(globalThis.crypto.randomUUID()), format.test(crypto.webcrypto.randomUUID()));
console.log(typeof crypto.randomUUID(), crypto.randomUUID().length, crypto.randomUUID.length);

// Each variant nibble shows up across many UUIDs (8, 9, a, b).
const variants = new Set();
for (let i = 0; i < 400; i++) variants.add(crypto.randomUUID()[19]);
console.log('variants', [...variants].sort().join(''));

for (const options of [null, 5, 'x', { disableEntropyCache: 1 }, { disableEntropyCache: 'yes' }]) {
  try {
    crypto.randomUUID(options);
    console.log(JSON.stringify(options), 'accepted');
  } catch (error) {
    console.log(JSON.stringify(options), error.name, error.code, error.message);
  }
}
