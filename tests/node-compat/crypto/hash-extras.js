// Digests beyond sha2: sha3, shake (outputLength, copy, one-shot), ripemd160, blake2, sm3, md5-sha1; as HMAC and KDF digests; getHashes.
'use strict';
const c = require('crypto');
function t(label, f) { try { const r = f(); console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message); } }
for (const n of ['sha3-224','SHA3-256','sha3-384','sha3-512','rsa-sha3-256','2.16.840.1.101.3.4.2.8','ripemd160','rmd160','RIPEMD','blake2b512','blake2s256','sm3','RSA-SM3','md5-sha1','shake128','SHAKE-256','sha3_256','keccak-256']) {
  t(n, () => c.createHash(n).update('abc').digest('hex'));
  t(' hmac', () => c.createHmac(n, 'key').update('abc').digest('hex'));
  t(' hmac long key', () => c.createHmac(n, 'k'.repeat(200)).update('abc').digest('hex'));
  t(' one-shot', () => c.hash(n, 'abc', 'base64'));
}
t('shake128 5', () => c.createHash('shake128', { outputLength: 5 }).update('abc').digest('hex'));
t('shake256 0', () => c.createHash('shake256', { outputLength: 0 }).update('abc').digest('hex'));
t('shake256 200', () => c.createHash('shake256', { outputLength: 200 }).update('abc').digest('hex'));
t('copy default', () => c.createHash('shake256', { outputLength: 0 }).update('abc').copy().digest('hex'));
t('copy 7', () => c.createHash('shake128', { outputLength: 3 }).update('abc').copy({ outputLength: 7 }).digest('hex'));
t('sha3 copy 28', () => c.createHash('sha3-224').copy({ outputLength: 28 }).digest('hex'));
t('sha3 copy 27', () => c.createHash('sha3-224').copy({ outputLength: 27 }).digest('hex'));
t('sha3 27', () => c.createHash('sha3-224', { outputLength: 27 }).digest('hex'));
t('hash shake 9', () => c.hash('shake256', 'abc', { outputLength: 9 }));
t('hash sha3 9', () => c.hash('sha3-256', 'abc', { outputLength: 9 }));
t('hash shake buf', () => c.hash('shake256', Buffer.from('abc'), { outputLength: 9, outputEncoding: 'buffer' }));
t('pbkdf2 sha3', () => c.pbkdf2Sync('p', 's', 3, 20, 'sha3-512'));
t('pbkdf2 ripemd', () => c.pbkdf2Sync('p', 's', 3, 20, 'ripemd160'));
t('pbkdf2 shake', () => c.pbkdf2Sync('p', 's', 3, 20, 'shake128'));
t('hkdf sha3', () => Buffer.from(c.hkdfSync('sha3-256', 'k', 's', 'i', 40)));
t('hkdf shake', () => Buffer.from(c.hkdfSync('shake256', 'k', 's', 'i', 40)));
t('hkdf blake', () => Buffer.from(c.hkdfSync('blake2b512', 'k', 's', 'i', 40)));
t('md5-sha1 long', () => c.createHmac('md5-sha1', Buffer.alloc(100, 1)).update('x').digest('hex'));
console.log(c.getHashes().join());
const s = c.createHash('sha3-256'); s.end('streamed'); console.log(s.read().toString('hex'));
// A digest taken by the stream's flush is answered again by digest().
const piped = c.createHash('sha3-512');
piped.on('data', (chunk) => console.log('piped', chunk.toString('hex').slice(0, 16), piped.digest('hex').slice(0, 16)));
piped.end('aoeu');
