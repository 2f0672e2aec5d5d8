'use strict';
// Keys made once with Node 24 (generateKeyPairSync), so the output is fixed.
const fixtures = require('./fixtures/keyobject-keys.js');

const crypto = require('crypto');
const { createPrivateKey, createPublicKey, createSecretKey, KeyObject } = crypto;

function show(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === 'string' ? JSON.stringify(value) : value);
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

const der = (key, options) => key.export({ format: 'der', ...options }).toString('base64');

for (const name of ['rsa', 'ec', 'ed', 'x1', 'dsa', 'pss']) {
  const privateKey = createPrivateKey(fixtures[name]);
  const publicKey = createPublicKey(fixtures[name]);
  console.log(name, privateKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, publicKey.type,
    publicKey.symmetricKeySize, String(privateKey), privateKey instanceof KeyObject);
  console.log(privateKey);
  show('pkcs8', () => privateKey.export({ format: 'pem', type: 'pkcs8' }));
  show('spki', () => publicKey.export({ format: 'pem', type: 'spki' }));
  show('spki der', () => der(publicKey, { type: 'spki' }));
  show('pkcs1', () => privateKey.export({ format: 'pem', type: 'pkcs1' }));
  show('pkcs1 public der', () => der(publicKey, { type: 'pkcs1' }));
  show('sec1', () => privateKey.export({ format: 'pem', type: 'sec1' }));
  show('jwk', () => privateKey.export({ format: 'jwk' }));
  show('public jwk', () => publicKey.export({ format: 'jwk' }));
  // Read back from every form it wrote.
  const again = createPrivateKey({ key: privateKey.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' });
  console.log('equals', again.equals(privateKey), publicKey.equals(createPublicKey(privateKey)),
    publicKey.equals(privateKey), createPublicKey({ key: der(publicKey, { type: 'spki' }), format: 'der', type: 'spki', encoding: 'base64' }).equals(publicKey));
  show('from jwk', () => {
    const jwk = privateKey.export({ format: 'jwk' });
    return createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey) &&
      createPublicKey({ key: jwk, format: 'jwk' }).equals(publicKey);
  });
}

// Encrypted private keys: written by Node, read with and without the passphrase.
for (const name of ['encpkcs8', 'encpkcs1']) {
  show(`${name} no passphrase`, () => createPrivateKey(fixtures[name]));
  show(`${name} wrong passphrase`, () => createPrivateKey({ key: fixtures[name], passphrase: 'wrong' }).type);
  show(`${name} right passphrase`, () => createPrivateKey({ key: fixtures[name], passphrase: 'top secret' }).asymmetricKeyType);
}
// Our own encryption reads back (the bytes are random, so only the round trip shows).
const ec = createPrivateKey(fixtures.ec);
for (const [format, type, cipher] of [['pem', 'pkcs8', 'aes-128-cbc'], ['der', 'pkcs8', 'aes-256-cbc'], ['pem', 'sec1', 'aes-256-cbc']]) {
  const encrypted = ec.export({ format, type, cipher, passphrase: 'pw' });
  show(`encrypted ${format} ${type}`, () => [typeof encrypted,
    createPrivateKey({ key: encrypted, format, type, passphrase: 'pw' }).equals(ec)]);
  show(`encrypted ${format} ${type} missing passphrase`, () => createPrivateKey({ key: encrypted, format, type }));
}

// Node's errors for options it refuses.
show('der sec1 with cipher', () => ec.export({ format: 'der', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'x' }));
show('passphrase without cipher', () => ec.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }));
show('unknown cipher', () => ec.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
show('pkcs1 for ec', () => ec.export({ format: 'pem', type: 'pkcs1' }));
show('bad format', () => ec.export({ format: 'txt', type: 'pkcs8' }));
show('jwk with passphrase', () => ec.export({ format: 'jwk', passphrase: 'x' }));
show('dsa jwk', () => createPrivateKey(fixtures.dsa).export({ format: 'jwk' }));
show('garbage pem', () => createPrivateKey('garbage'));
show('public into createPrivateKey', () => createPrivateKey(createPublicKey(fixtures.rsa)));
show('private object into createPublicKey', () => createPublicKey(createPublicKey(fixtures.rsa)));
show('spki as private', () => createPrivateKey({ key: Buffer.alloc(3), format: 'der', type: 'spki' }));
show('bad jwk kty', () => createPublicKey({ key: { kty: 'nope' }, format: 'jwk' }));
show('new KeyObject', () => new KeyObject('wrong'));
show('KeyObject.from', () => KeyObject.from('x'));

// Secret keys.
const secret = createSecretKey(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'));
console.log(secret, secret.type, secret.symmetricKeySize, secret.asymmetricKeyType, secret.export().toString('hex'),
  secret.export({ format: 'jwk' }), String(secret));
console.log(createSecretKey('abc', 'utf8').export().toString(), createSecretKey('abcd', 'hex').symmetricKeySize);
console.log(secret.equals(createSecretKey(secret.export())), secret.equals(createSecretKey(Buffer.alloc(16))));
console.log(crypto.createHmac('sha256', secret).update('data').digest('hex'));
const cipher = crypto.createCipheriv('aes-128-ecb', secret, null);
console.log(Buffer.concat([cipher.update('secret message'), cipher.final()]).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha256', secret, 'salt', 'info', 16)).toString('hex'));
show('hmac with public key', () => crypto.createHmac('sha256', createPublicKey(fixtures.ec)));
