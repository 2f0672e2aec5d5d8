// hkdf/hkdfSync (RFC 5869 vectors, ArrayBuffer result) and scrypt/scryptSync
// (RFC 7914 vectors, options and their aliases, the memory limit), with
// Node's validation errors and the callback form.
const crypto = require('crypto');
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, value instanceof ArrayBuffer ? `ArrayBuffer ${Buffer.from(value).toString('hex')}` : value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
show('rfc5869 1', () => crypto.hkdfSync('sha256', ikm, salt, info, 42));
show('rfc5869 3', () => crypto.hkdfSync('sha256', ikm, '', '', 42));
show('sha1 strings', () => crypto.hkdfSync('sha1', 'key', 'salt', 'info', 20));
show('sha512 max', () => crypto.hkdfSync('sha512', 'k', 's', 'i', 255 * 64).byteLength);
show('too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
show('zero', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
show('keyobject-like', () => crypto.hkdfSync('sha256', new Uint8Array([1, 2]), new ArrayBuffer(2), new DataView(new ArrayBuffer(1)), 8));
show('bad digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 8));
show('digest type', () => crypto.hkdfSync(1, 'k', 's', 'i', 8));
show('key type', () => crypto.hkdfSync('sha256', 1, 's', 'i', 8));
show('salt type', () => crypto.hkdfSync('sha256', 'k', 1, 'i', 8));
show('info too long', () => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 8));
show('length type', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '8'));
show('length negative', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));

show('rfc7914 1', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
show('rfc7914 2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
show('defaults', () => crypto.scryptSync('pw', 'salt', 16).toString('hex'));
show('aliases', () => crypto.scryptSync('pw', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 1 }).toString('hex'));
show('both names', () => crypto.scryptSync('pw', 'salt', 16, { N: 32, cost: 32 }));
show('N not power of two', () => crypto.scryptSync('pw', 'salt', 16, { N: 30 }));
show('maxmem', () => crypto.scryptSync('pw', 'salt', 16, { N: 1024, r: 8, maxmem: 1024 }));
show('N too large for r', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 16, r: 1, maxmem: 2 ** 40 }));
show('p too large for r', () => crypto.scryptSync('pw', 'salt', 16, { N: 2, r: 1, p: 2 ** 30 }));
show('keylen type', () => crypto.scryptSync('pw', 'salt', '16'));
show('password type', () => crypto.scryptSync(null, 'salt', 16));
show('options type', () => crypto.scryptSync('pw', 'salt', 16, 'x'));
show('zero keylen', () => crypto.scryptSync('pw', 'salt', 0).length);

// The thread pool finishes hkdf and scrypt in either order, under Node as
// here: both lines print once both are in, in a fixed order.
const order = [];
const lines = {};
function finished(name, ...line) {
  order.push(name);
  lines[name] = line;
  if (!lines.hkdf || !lines.scrypt) return;
  console.log(...lines.hkdf);
  console.log(...lines.scrypt);
  console.log(order.slice(0, 2).join(' '), 'then', order.slice(2).sort().join(' '));
  crypto.scrypt('pw', 'salt', 8, (error, key) => console.log('scrypt no options', error, key.length));
}
crypto.hkdf('sha256', 'k', 's', 'i', 16, (error, key) => {
  finished('hkdf', 'hkdf async', error, key instanceof ArrayBuffer, Buffer.from(key).toString('hex'));
});
crypto.scrypt('pw', 'salt', 16, { N: 16 }, (error, key) => {
  finished('scrypt', 'scrypt async', error, Buffer.isBuffer(key), key.toString('hex'));
});
show('scrypt callback missing', () => crypto.scrypt('pw', 'salt', 8));
show('hkdf callback missing', () => crypto.hkdf('sha256', 'k', 's', 'i', 8));
process.nextTick(() => order.push('tick'));
order.push('sync');
