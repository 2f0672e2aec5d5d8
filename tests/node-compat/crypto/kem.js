// crypto.encapsulate/decapsulate over the KEMs Node 24 has from OpenSSL 3.5
// besides ML-KEM (keyobject-pqc.js): RSASVE for rsa keys and DHKEM for
// P-256/384/521 and x25519 keys. Fixed keys decapsulate ciphertexts Node
// made (deterministic secrets); fresh encapsulations are checked by round
// trip and length. Then the key forms, the callback and promise forms, and
// the errors.
const crypto = require('crypto');
const { promisify } = require('util');
const sequence = (n, step) => Buffer.from(Array.from({ length: n }, (_, i) => (i * step + 7) & 255));
const tlv = (tag, body) => {
  const len = body.length;
  const head = len < 128 ? [len] : len < 256 ? [0x81, len] : [0x82, len >> 8, len & 255];
  return Buffer.concat([Buffer.from([tag, ...head]), body]);
};
const oid = (hex) => tlv(0x06, Buffer.from(hex, 'hex'));
const pkcs8 = (alg, octets) => tlv(0x30, Buffer.concat([Buffer.from('020100', 'hex'), tlv(0x30, alg), tlv(0x04, octets)]));
const ecKey = (curveOid, scalar) => pkcs8(Buffer.concat([oid('2a8648ce3d0201'), oid(curveOid)]),
  tlv(0x30, Buffer.concat([Buffer.from('020101', 'hex'), tlv(0x04, scalar)])));
const vectors = {
  rsa:
    'MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALfg974A5uqp2ON8W/cumQKHFIOGA3eLs3OS/NonzMlyLkn44bnO'
    + 'mCDfMUXM+W3p9IeOAA5e+E4qHcuX3zwIPFtWDNN3i9rVlERmK8a3ofykmvhi6LA4Or+QZcqwVYcFeD0FAS7sNz1PIpzqERGa6nwo'
    + '9JTUzq83bkVhPElW2CGZAgMBAAECgYAP6JDGiYFw7/zpwYqbWha210T5FBEcuKNv7lmd7i+ThiNnFvdAghU7UtQKe+9giQs05x4u'
    + 'IB1PdelaAeu4X+YIw1laie4gOc60KfsvKjbRR4J0vFW9/7e3bq/isS0mrisyFeVbwEHstt+cd1x+gm7OaHHVkuT7YjeTcPw6Ndsb'
    + 'WQJBAOFjCNs3nUorhedTNez2Clq3iwE74I7vOQvsE+4L1Tb4rf1v9h94/jM8NrDNPaxaAF5dL9Z4bLN2KjVqvIQ7dLsCQQDQ2qYS'
    + 'UigOZGk4tmFpVEnGPkIAfajbVX8vWn+JrU0+S4jXAtXCGjfZVZaUmuH6EDhH6qZtj62OlMqwTaiKfke7AkBzQr0ltlQ2uPk6amBa'
    + 'dRyoddKdZ+yXzBjFUw6CHwUDnrsDr30TbUG6G+HwGpWejUxA9bDgIiecwyIkvRf5G5q/AkEAzVUp0PlUyFGP4WHtg1CK94xd932T'
    + 'dZAo6rVejk0DlCtO7ZSr85kzL0kmMhPT97Xan1njJfQL/hHq9EplWUOt4QJAQrTTuWhL7RMkMlimkQBQWDc3yaZ8c6yeOikLPsAB'
    + 'Y51g4HzsW9Mw/Bv3trSB5fk56NQLOJb4130wMTxYg1IXtA==',
  x25519:
    '61740a60eaa2bfbed6cfad2dc8f9b6032fdc34046494677d46772111f6eab537',
  p256:
    '047c024fa362ad41bdf7a49355b26f76f227f5085609727d6f9d566d9c18d6791682cc136226833639c8bdc225bfdf48fb7e'
    + '3c60347f7238ac7f2c03d5af9d343a',
  p384:
    '04a715fc5a5a71209baea88f927a9350100fa3659f44c465ec2d7b1499bf462b4141cbf83d2903d1c706575b8b01aa466683'
    + '1064256e6dc0b0642564fcd320418c42cdc1032d32e6c085838ece0993c116fd33527952964af71cca47e0d5226690',
  p521:
    '040096f6be099712487f9ed827d283afe8c04ba88db3d91858c1ef405cb25cde7133d4f688b65128fa4717b0aebb6242f25a'
    + '84410a3b438ac347dbd9006f143c917d0800c91774b165fa8ee83e23faa0748c5af0a1135aeaee8a8da1d32ed881a1e076c7'
    + '85d030d717b66a6424a4dbe0cc097ad34964f7d4c5b3ba3a980b69b44e8f2988fd',
  rsaCiphertext:
    'D1o2iDxZak/1Y1Ip9CvY6gx6cFZypJFJsJPQK0tQmVp/SWweo3B1d2kF3yYIG5FBSENWPoSw5S1pp429MCTPcshnQ0RAVI8LJBWu'
    + 'BzQflBTn9OnDgLJqYIMzHPzwoi+1Y7opJ+/mLr47j0TIyGf7uxfm1hckcglJAtKTvsjPsRw=',
};
const fromDer = (der) => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
const keys = {
  x25519: fromDer(pkcs8(oid('2b656e'), tlv(0x04, sequence(32, 11)))),
  p256: fromDer(ecKey('2a8648ce3d030107', sequence(32, 17))),
  p384: fromDer(ecKey('2b81040022', sequence(48, 19))),
  p521: fromDer(ecKey('2b81040023', Buffer.concat([Buffer.from([1]), sequence(65, 23)]))),
  rsa: fromDer(Buffer.from(vectors.rsa, 'base64')),
};
vectors.rsa = Buffer.from(vectors.rsaCiphertext, 'base64').toString('hex');
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};

for (const [name, privateKey] of Object.entries(keys)) {
  const publicKey = crypto.createPublicKey(privateKey);
  show(`${name} node`, () => crypto.decapsulate(privateKey, Buffer.from(vectors[name], 'hex')).toString('hex'));
  for (const [form, key] of [
    ['object', publicKey],
    ['private', privateKey],
    ['pem', publicKey.export({ format: 'pem', type: 'spki' })],
    ['der', { key: publicKey.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' }],
    ['jwk', { key: publicKey.export({ format: 'jwk' }), format: 'jwk' }],
  ]) {
    show(`${name} ${form}`, () => {
      const { sharedKey, ciphertext } = crypto.encapsulate(key);
      const again = crypto.decapsulate(privateKey.export({ format: 'pem', type: 'pkcs8' }), ciphertext);
      return [Buffer.isBuffer(sharedKey), sharedKey.length, ciphertext.length, again.equals(sharedKey)].join();
    });
  }
  const { ciphertext } = crypto.encapsulate(publicKey);
  show(`${name} truncated`, () => crypto.decapsulate(privateKey, ciphertext.subarray(1)));
  show(`${name} public key`, () => crypto.decapsulate(publicKey, ciphertext));
}
show('p256 with p384 key', () => crypto.decapsulate(keys.p384, Buffer.from(vectors.p256, 'hex')));
show('x25519 with rsa key', () => crypto.decapsulate(keys.rsa, Buffer.from(vectors.x25519, 'hex')));
show('rsa with x25519 key', () => crypto.decapsulate(keys.x25519, Buffer.from(vectors.rsa, 'hex')));
const rsaPss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 }).publicKey;
show('rsa-pss', () => crypto.encapsulate(rsaPss));
show('secp256k1', () => crypto.encapsulate(crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey));
show('ed25519', () => crypto.encapsulate(crypto.generateKeyPairSync('ed25519').publicKey));
show('no key', () => crypto.encapsulate());
show('no private key', () => crypto.decapsulate());
show('null ciphertext', () => crypto.decapsulate(keys.x25519, null));
show('string ciphertext', () => crypto.decapsulate(keys.x25519, 'x'.repeat(32)).length);
show('callback type', () => crypto.encapsulate(keys.x25519, 1));
show('secret key', () => crypto.encapsulate(crypto.createSecretKey(Buffer.alloc(16))));
show('lengths', () => [crypto.encapsulate.length, crypto.decapsulate.length].join());

let sync = true;
crypto.encapsulate(keys.p256, (error, result) => {
  console.log('callback', sync, error, Object.keys(result).join(), result.sharedKey.length, result.ciphertext.length);
  // One after the other: Node runs them on its thread pool, in no set order.
  crypto.decapsulate(keys.p256, result.ciphertext, (error2, sharedKey) => {
    console.log('callback decapsulate', error2, sharedKey.equals(result.sharedKey));
    crypto.decapsulate(keys.p384, result.ciphertext, (error3, sharedKey3) => {
      console.log('callback failure', error3.name, error3.code, error3.message, sharedKey3);
      promised();
    });
  });
});
sync = false;
async function promised() {
  const { sharedKey, ciphertext } = await promisify(crypto.encapsulate)(keys.rsa);
  const again = await promisify(crypto.decapsulate)(keys.rsa, ciphertext);
  console.log('promisified', sharedKey.length, again.equals(sharedKey));
}
