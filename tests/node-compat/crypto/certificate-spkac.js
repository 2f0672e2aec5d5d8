// crypto.Certificate (SPKAC): SPKACs built here from fixed keys and signed
// with crypto.sign (RSA with several digests, ECDSA, Ed25519), then
// verifySpkac, exportPublicKey and exportChallenge on them, on tampered and
// malformed input, in the static and instance forms, and the errors.
const crypto = require('crypto');
const { Certificate } = crypto;
const tlv = (tag, body) => {
  const len = body.length;
  const head = len < 128 ? [len] : len < 256 ? [0x81, len] : [0x82, len >> 8, len & 255];
  return Buffer.concat([Buffer.from([tag, ...head]), body]);
};
const oid = (hex) => tlv(0x06, Buffer.from(hex, 'hex'));
const rsaKey = crypto.createPrivateKey({ format: 'der', type: 'pkcs8', key: Buffer.from(
    'MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALfg974A5uqp2ON8W/cumQKHFIOGA3eLs3OS/NonzMlyLkn44bnO'
    + 'mCDfMUXM+W3p9IeOAA5e+E4qHcuX3zwIPFtWDNN3i9rVlERmK8a3ofykmvhi6LA4Or+QZcqwVYcFeD0FAS7sNz1PIpzqERGa6nwo'
    + '9JTUzq83bkVhPElW2CGZAgMBAAECgYAP6JDGiYFw7/zpwYqbWha210T5FBEcuKNv7lmd7i+ThiNnFvdAghU7UtQKe+9giQs05x4u'
    + 'IB1PdelaAeu4X+YIw1laie4gOc60KfsvKjbRR4J0vFW9/7e3bq/isS0mrisyFeVbwEHstt+cd1x+gm7OaHHVkuT7YjeTcPw6Ndsb'
    + 'WQJBAOFjCNs3nUorhedTNez2Clq3iwE74I7vOQvsE+4L1Tb4rf1v9h94/jM8NrDNPaxaAF5dL9Z4bLN2KjVqvIQ7dLsCQQDQ2qYS'
    + 'UigOZGk4tmFpVEnGPkIAfajbVX8vWn+JrU0+S4jXAtXCGjfZVZaUmuH6EDhH6qZtj62OlMqwTaiKfke7AkBzQr0ltlQ2uPk6amBa'
    + 'dRyoddKdZ+yXzBjFUw6CHwUDnrsDr30TbUG6G+HwGpWejUxA9bDgIiecwyIkvRf5G5q/AkEAzVUp0PlUyFGP4WHtg1CK94xd932T'
    + 'dZAo6rVejk0DlCtO7ZSr85kzL0kmMhPT97Xan1njJfQL/hHq9EplWUOt4QJAQrTTuWhL7RMkMlimkQBQWDc3yaZ8c6yeOikLPsAB'
    + 'Y51g4HzsW9Mw/Bv3trSB5fk56NQLOJb4130wMTxYg1IXtA=='
  , 'base64') });
const ed25519Key = crypto.createPrivateKey({ format: 'der', type: 'pkcs8',
  key: Buffer.from('302e020100300506032b657004220420' + '11'.repeat(32), 'hex') });
const ecKey = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

// SignedPublicKeyAndChallenge, base64.
function spkac(key, digest, algorithmOid, challenge, tamper) {
  const spki = crypto.createPublicKey(key).export({ format: 'der', type: 'spki' });
  const signed = tlv(0x30, Buffer.concat([spki, tlv(0x16, Buffer.from(challenge))]));
  const signature = crypto.sign(digest, signed, key);
  if (tamper) signature[signature.length - 1] ^= 1;
  const algorithm = tlv(0x30, Buffer.concat([oid(algorithmOid), ...(algorithmOid.startsWith('2a864886') ? [Buffer.from('0500', 'hex')] : [])]));
  return tlv(0x30, Buffer.concat([signed, algorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature]))])).toString('base64');
}
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, Buffer.isBuffer(value) ? `Buffer ${JSON.stringify(value.toString())}` : JSON.stringify(value));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
const cases = {
  'rsa md5': spkac(rsaKey, 'md5', '2a864886f70d010104', 'challenge-1'),
  'rsa sha1': spkac(rsaKey, 'sha1', '2a864886f70d010105', 'challenge-2'),
  'rsa sha256': spkac(rsaKey, 'sha256', '2a864886f70d01010b', ''),
  'rsa sha512': spkac(rsaKey, 'sha512', '2a864886f70d01010d', 'x'.repeat(200)),
  'rsa wrong digest': spkac(rsaKey, 'sha256', '2a864886f70d010104', 'c'),
  'rsa tampered': spkac(rsaKey, 'sha256', '2a864886f70d01010b', 'c', true),
  'ec sha256': spkac(ecKey, 'sha256', '2a8648ce3d040302', 'ec'),
  'ed25519': spkac(ed25519Key, null, '2b6570', 'ed'),
};
show('rsa sha256 text', () => cases['rsa sha256']);
for (const [name, text] of Object.entries(cases)) {
  show(`${name} verify`, () => Certificate.verifySpkac(Buffer.from(text)));
  show(`${name} challenge`, () => Certificate.exportChallenge(text));
  show(`${name} key`, () => Certificate.exportPublicKey(text).toString().split('\n').length);
}
const rsaSpkac = cases['rsa sha1'];
show('rsa key pem', () => Certificate.exportPublicKey(rsaSpkac));
show('wrapped lines', () => Certificate.verifySpkac(rsaSpkac.replace(/(.{64})/g, '$1\n') + '\n'));
show('instance', () => new Certificate().verifySpkac(new Uint8Array(Buffer.from(rsaSpkac))));
show('call', () => Certificate() instanceof Certificate);
show('hex encoding', () => Certificate.exportChallenge(Buffer.from(rsaSpkac).toString('hex'), 'hex'));
show('garbage verify', () => Certificate.verifySpkac('not base64!'));
show('garbage key', () => Certificate.exportPublicKey('AAAA'));
show('garbage challenge', () => Certificate.exportChallenge(''));
for (const value of [1, {}, null, undefined]) {
  show(`type ${String(value)}`, () => Certificate.verifySpkac(value));
}
show('type key', () => Certificate.exportPublicKey(1));
show('type challenge', () => Certificate.exportChallenge(true));
show('methods', () => Object.keys(Certificate).concat(Object.keys(Certificate.prototype)).join());
