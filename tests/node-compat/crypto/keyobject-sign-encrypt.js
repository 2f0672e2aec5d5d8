'use strict';
// Keys made once with Node 24 (generateKeyPairSync), so the output is fixed.
const fixtures = require('./fixtures/keyobject-keys.js');

const crypto = require('crypto');
const { constants } = crypto;

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

const data = Buffer.from('the message');
const b64 = (s) => Buffer.from(s, 'base64');
const rsa = crypto.createPrivateKey(fixtures.rsa);
const rsaPublic = crypto.createPublicKey(rsa);

// Deterministic schemes print their signatures.
show('rsa pkcs1 sha256', () => crypto.sign('sha256', data, rsa).toString('base64'));
show('rsa pkcs1 sha1 stream', () => crypto.createSign('RSA-SHA1').update('the ').update('message').sign(fixtures.rsa, 'hex'));
show('ed25519', () => crypto.sign(null, data, fixtures.ed).toString('hex'));
show('ed25519 with digest', () => crypto.sign('sha256', data, fixtures.ed));

// Randomized ones: lengths and verification, and Node's own signatures verify.
const pss = crypto.sign('sha256', data, { key: rsa, padding: constants.RSA_PKCS1_PSS_PADDING });
show('pss length', () => pss.length);
show('pss verify auto salt', () => crypto.verify('sha256', data, { key: rsaPublic, padding: constants.RSA_PKCS1_PSS_PADDING }, pss));
show('pss verify digest salt', () => crypto.verify('sha256', data, { key: rsaPublic, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, pss));
show('node pss verify', () => crypto.verify('sha256', data, { key: fixtures.rsa, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, b64(fixtures.pssSig)));
show('node pss wrong salt', () => crypto.verify('sha256', data, { key: fixtures.rsa, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }, b64(fixtures.pssSig)));
show('node ecdsa der', () => crypto.verify('sha256', data, crypto.createPublicKey(fixtures.ec), b64(fixtures.ecSig)));
show('node ecdsa p1363', () => crypto.verify('sha384', data, { key: fixtures.ec, dsaEncoding: 'ieee-p1363' }, b64(fixtures.ecSigP1363)));
show('node ecdsa p1363 as der', () => crypto.verify('sha384', data, fixtures.ec, b64(fixtures.ecSigP1363)));
show('node dsa', () => crypto.verify('sha256', data, fixtures.dsa, b64(fixtures.dsaSig)));
show('tampered', () => crypto.verify('sha256', Buffer.from('the messagf'), fixtures.ec, b64(fixtures.ecSig)));
for (const [name, options] of [['ec', {}], ['ec', { dsaEncoding: 'ieee-p1363' }], ['dsa', {}], ['dsa', { dsaEncoding: 'ieee-p1363' }], ['pss', {}]]) {
  const key = crypto.createPrivateKey(fixtures[name]);
  const signature = crypto.sign('sha256', data, { key, ...options });
  const verifier = crypto.createVerify('sha256');
  verifier.write(data);
  verifier.end();
  console.log(name, options, options.dsaEncoding ? signature.length : '-',
    crypto.verify('sha256', data, { key: crypto.createPublicKey(key), ...options }, signature),
    verifier.verify({ key, ...options }, signature));
}
show('pss key with other digest', () => crypto.sign('sha512', data, fixtures.pss));
show('bad dsaEncoding', () => crypto.sign('sha256', data, { key: fixtures.ec, dsaEncoding: 'foo' }));
show('bad digest', () => crypto.sign('nope', data, rsa));
show('no key', () => crypto.createSign('sha256').update('x').sign());
show('x25519 sign', () => crypto.sign(null, data, fixtures.x1));

// Callbacks come later, with (error, result).
crypto.sign('sha256', data, rsa, (error, signature) => {
  console.log('async sign', error, signature.toString('base64') === crypto.sign('sha256', data, rsa).toString('base64'));
  crypto.verify('sha256', data, rsaPublic, signature, (error, ok) => console.log('async verify', error, ok));
});
console.log('before callbacks');

// RSA encryption.
show('node oaep', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, b64(fixtures.oaep)).toString());
show('node oaep wrong label', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256' }, b64(fixtures.oaep)));
show('node pkcs1', () => crypto.privateDecrypt({ key: rsa, padding: constants.RSA_PKCS1_PADDING }, b64(fixtures.pkcs1enc)).toString());
for (const [label, options] of [['oaep', {}], ['oaep sha384', { oaepHash: 'sha384' }], ['oaep sha512 too long', { oaepHash: 'sha512' }], ['pkcs1', { padding: constants.RSA_PKCS1_PADDING }]]) {
  show(label, () => {
    const encrypted = crypto.publicEncrypt({ key: rsaPublic, ...options }, data);
    return [encrypted.length, crypto.privateDecrypt({ key: rsa, ...options }, encrypted).toString()];
  });
}
const raw = Buffer.alloc(128, 1);
show('no padding', () => crypto.privateDecrypt({ key: rsa, padding: constants.RSA_NO_PADDING },
  crypto.publicEncrypt({ key: rsaPublic, padding: constants.RSA_NO_PADDING }, raw)).equals(raw));
show('privateEncrypt', () => crypto.privateEncrypt(rsa, data).toString('base64'));
show('publicDecrypt', () => crypto.publicDecrypt(rsaPublic, crypto.privateEncrypt(rsa, data)).toString());
show('too long', () => crypto.publicEncrypt(rsaPublic, Buffer.alloc(200)));
show('bad oaep digest', () => crypto.publicEncrypt({ key: rsaPublic, oaepHash: 'nope' }, data));
show('ec encrypt', () => crypto.publicEncrypt(fixtures.ec, data));
show('pss encrypt', () => crypto.publicEncrypt(fixtures.pss, data));

// Key agreement.
const x1 = crypto.createPrivateKey(fixtures.x1);
const x2 = crypto.createPrivateKey(fixtures.x2);
show('x25519', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) }).equals(
  crypto.diffieHellman({ privateKey: x2, publicKey: crypto.createPublicKey(x1) })));
show('x25519 secret', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) }).toString('hex'));
show('ec with itself', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(fixtures.ec), publicKey: crypto.createPublicKey(fixtures.ec) }).toString('hex'));
show('mixed types', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(fixtures.ec) }));
show('not key objects', () => crypto.diffieHellman({ privateKey: fixtures.x1, publicKey: x2 }));
