
'use strict';
// Key generation: what the keys are, never their random bytes.
const crypto = require('crypto');
const { promisify } = require('util');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

const data = Buffer.from('data');
const cases = [
  ['rsa', { modulusLength: 1024 }],
  ['rsa', { modulusLength: 768, publicExponent: 3 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256' }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha256', saltLength: 16 }],
  ['rsa-pss', { modulusLength: 1024 }],
  ['ec', { namedCurve: 'P-256' }],
  ['ec', { namedCurve: 'secp384r1' }],
  ['ec', { namedCurve: 'P-521' }],
  ['ec', { namedCurve: 'secp256k1' }],
  ['ed25519', undefined],
  ['x25519', undefined],
];
for (const [type, options] of cases) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  console.log(type, publicKey.type, privateKey.type, privateKey.asymmetricKeyType, publicKey.asymmetricKeyDetails,
    crypto.createPublicKey(privateKey).equals(publicKey));
  if (type !== 'x25519') {
    const digest = type.startsWith('ed') ? null : (privateKey.asymmetricKeyDetails.hashAlgorithm ?? 'sha256');
    console.log('  signs', crypto.verify(digest, data, publicKey, crypto.sign(digest, data, privateKey)));
  }
}

// Encodings asked for come back as strings or Buffers.
const encoded = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'der' },
  privateKeyEncoding: { type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' },
});
console.log(Buffer.isBuffer(encoded.publicKey), encoded.publicKey.length,
  /^-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,[0-9A-F]{32}\n\n/.test(encoded.privateKey),
  crypto.createPrivateKey({ key: encoded.privateKey, passphrase: 'pw' }).asymmetricKeyDetails);
const rsaPem = crypto.generateKeyPairSync('rsa', {
  modulusLength: 512,
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
console.log(rsaPem.publicKey.split('\n')[0], rsaPem.privateKey.split('\n')[0]);
const jwk = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
console.log(Object.keys(jwk.publicKey), Object.keys(jwk.privateKey), jwk.publicKey.x.length);

// Node's errors.
show('no type', () => crypto.generateKeyPairSync());
show('bad type', () => crypto.generateKeyPairSync('nope', {}));
show('no options', () => crypto.generateKeyPairSync('rsa'));
show('bad modulusLength', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
show('bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
show('bad paramEncoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }));
show('bad publicKeyEncoding', () => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: 'pem' }));
show('sec1 for rsa', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'sec1', format: 'pem' } }));
show('bad hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }));
show('bad saltLength', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }));

// Secret keys.
for (const [type, length] of [['hmac', 8], ['hmac', 123], ['aes', 128], ['aes', 256]]) {
  const key = crypto.generateKeySync(type, { length });
  console.log(type, length, key.type, key.symmetricKeySize);
}
show('aes 100', () => crypto.generateKeySync('aes', { length: 100 }));
show('hmac 7', () => crypto.generateKeySync('hmac', { length: 7 }));
show('des', () => crypto.generateKeySync('des', { length: 64 }));

// Callbacks and promisify.
crypto.generateKeyPair('ed25519', (error, publicKey, privateKey) => {
  console.log('callback', error, publicKey.type, privateKey.type);
});
promisify(crypto.generateKeyPair)('x25519').then(({ publicKey, privateKey }) => {
  console.log('promisified', publicKey.asymmetricKeyType, privateKey.type);
});
crypto.generateKey('hmac', { length: 64 }, (error, key) => console.log('generateKey', error, key.symmetricKeySize));
console.log('sync part done');
