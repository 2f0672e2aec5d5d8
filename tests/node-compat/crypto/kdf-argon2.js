// argon2/argon2Sync: the three variants (RFC 9106 vectors and OpenSSL's),
// optional secret and associated data, string and view inputs, Node's
// validation errors and the callback form. (A secret of a wrong type trips an
// internal assertion in Node 24, so it is left out.)
const crypto = require('crypto');
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, Buffer.isBuffer(value) ? `Buffer ${value.toString('hex')}` : value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
const base = { message: Buffer.alloc(32, 1), nonce: Buffer.alloc(16, 2), parallelism: 4, tagLength: 32, memory: 32, passes: 3 };
const extras = { secret: Buffer.alloc(8, 3), associatedData: Buffer.alloc(12, 4) };
for (const algorithm of ['argon2d', 'argon2i', 'argon2id']) {
  show(`rfc9106 ${algorithm}`, () => crypto.argon2Sync(algorithm, { ...base, ...extras }));
  show(`plain ${algorithm}`, () => crypto.argon2Sync(algorithm, base));
}
show('strings', () => crypto.argon2Sync('argon2id', { ...base, message: 'password', nonce: 'saltsalt' }));
show('views', () => crypto.argon2Sync('argon2i', {
  ...base, message: new Uint16Array([1, 2, 3]), nonce: new DataView(new ArrayBuffer(8)), secret: new ArrayBuffer(4),
}));
show('empty message', () => crypto.argon2Sync('argon2id', { ...base, message: '' }));
show('tag 4', () => crypto.argon2Sync('argon2d', { ...base, tagLength: 4 }));
show('tag 100 length', () => crypto.argon2Sync('argon2d', { ...base, tagLength: 100 }).length);
show('passes 1', () => crypto.argon2Sync('argon2id', { ...base, passes: 1, parallelism: 1, memory: 8 }));
// Errors.
show('algorithm', () => crypto.argon2Sync('argon2x', base));
show('algorithm type', () => crypto.argon2Sync(1, base));
show('parameters', () => crypto.argon2Sync('argon2id', null));
show('message type', () => crypto.argon2Sync('argon2id', { ...base, message: 1 }));
show('nonce short', () => crypto.argon2Sync('argon2id', { ...base, nonce: 'short' }));
show('parallelism', () => crypto.argon2Sync('argon2id', { ...base, parallelism: 0 }));
show('parallelism float', () => crypto.argon2Sync('argon2id', { ...base, parallelism: 1.5 }));
show('tagLength', () => crypto.argon2Sync('argon2id', { ...base, tagLength: 3 }));
show('memory', () => crypto.argon2Sync('argon2id', { ...base, memory: 31 }));
show('passes', () => crypto.argon2Sync('argon2id', { ...base, passes: 0 }));
show('passes type', () => crypto.argon2Sync('argon2id', { ...base, passes: '3' }));
show('callback', () => crypto.argon2('argon2id', base));
show('callback type', () => crypto.argon2('argon2id', base, {}));
show('lengths', () => [crypto.argon2.length, crypto.argon2Sync.length].join());
// Callback form: same result, later, `this` undefined.
let sync = true;
crypto.argon2('argon2id', { ...base, ...extras }, (error, tag) => {
  console.log('async', sync, error, tag.toString('hex'));
});
show('async refused', () => crypto.argon2('argon2id', { ...base, memory: 8 }, () => console.log('called')));
sync = false;
