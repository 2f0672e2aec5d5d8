// ECDH: fixed-key agreement on each curve we share with Node, point formats, convertKey, key checks and errors.
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? result.toString('hex') : JSON.stringify(result));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

const curves = crypto.getCurves();
console.log(Array.isArray(curves), curves.length > 0, curves.every((c, i) => i === 0 || curves[i - 1] < c));
for (const curve of ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1']) {
  console.log(curve, curves.includes(curve));
  const a = crypto.createECDH(curve);
  const b = crypto.ECDH(curve);
  a.setPrivateKey('0102030405060708090a0b0c0d0e0f10', 'hex');
  b.setPrivateKey(Buffer.from('ff00ff00ff00ff00ff00ff00ff00ff00ff00', 'hex'));
  console.log(' public', a.getPublicKey('hex'));
  console.log(' compressed', a.getPublicKey('hex', 'compressed'));
  console.log(' hybrid', a.getPublicKey('base64', 'hybrid'));
  console.log(' private', a.getPrivateKey('hex'), b.getPrivateKey().length);
  const s1 = a.computeSecret(b.getPublicKey(null, 'compressed'));
  const s2 = b.computeSecret(a.getPublicKey('hex', 'hybrid'), 'hex', 'hex');
  console.log(' secret', s1.toString('hex'), s1.toString('hex') === s2);
  console.log(' convert', crypto.ECDH.convertKey(a.getPublicKey('hex', 'compressed'), curve, 'hex', 'hex', 'uncompressed') === a.getPublicKey('hex'));
  // Random keys agree too.
  const c = crypto.createECDH(curve);
  const d = crypto.createECDH(curve);
  const cPublic = c.generateKeys();
  const dPublic = d.generateKeys('latin1', 'compressed');
  console.log(' random', c.computeSecret(dPublic, 'latin1').equals(d.computeSecret(cPublic)), cPublic[0]);
}

// secp256k1 vectors from Node's own tests.
const k = crypto.createECDH('secp256k1');
attempt('no public', () => k.getPublicKey());
attempt('no private', () => k.getPrivateKey());
attempt('no keys', () => k.computeSecret(Buffer.alloc(65)));
k.setPrivateKey('cafebabe'.repeat(8), 'hex');
console.log(k.getPublicKey('hex'));
console.log(k.computeSecret('02c6b754b20826eb925e052ee2c25285b162b51fdca732bcf67e39d647fb6830ae', 'hex', 'hex'));
for (const bad of ['00'.repeat(32), 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141', 'ff'.repeat(32), '', '00'.repeat(40) + '01']) {
  attempt(`private ${bad.slice(0, 8)}/${bad.length}`, () => k.setPrivateKey(bad, 'hex').getPrivateKey('hex'));
}
attempt('after bad keys', () => k.getPrivateKey('hex'));
k.setPublicKey('02c6b754b20826eb925e052ee2c25285b162b51fdca732bcf67e39d647fb6830ae', 'hex');
attempt('mismatched pair', () => k.computeSecret(k.getPublicKey()));
k.setPrivateKey('cafebabe'.repeat(8), 'hex');
const wrongCurve = crypto.createECDH('prime256v1');
wrongCurve.setPrivateKey(Buffer.from([7]));
attempt('peer on other curve', () => k.computeSecret(wrongCurve.getPublicKey()));
attempt('peer zeros', () => k.computeSecret(Buffer.alloc(65)));
attempt('peer empty', () => k.computeSecret(Buffer.alloc(0)));
attempt('peer infinity', () => k.computeSecret(Buffer.from([0])));
attempt('peer bad hybrid', () => {
  const hybrid = k.getPublicKey(null, 'hybrid');
  hybrid[0] ^= 1;
  return k.computeSecret(hybrid);
});
attempt('peer type', () => k.computeSecret(5));
for (const point of ['', '00', '040102', '05' + '11'.repeat(32)]) {
  attempt(`set public ${point.slice(0, 6)}`, () => crypto.createECDH('secp256k1').setPublicKey(point, 'hex').getPublicKey('hex'));
}
const publicOnly = crypto.createECDH('prime256v1');
publicOnly.setPublicKey(wrongCurve.getPublicKey());
attempt('public only', () => publicOnly.computeSecret(wrongCurve.getPublicKey()));
attempt('public only private', () => publicOnly.getPrivateKey());
const infinite = crypto.createECDH('prime256v1');
infinite.setPublicKey(Buffer.from([0]));
attempt('infinity public', () => infinite.getPublicKey('hex', 'compressed'));
attempt('infinity pair', () => infinite.computeSecret(wrongCurve.getPublicKey()));

// Formats.
for (const format of ['compressed', 'uncompressed', 'hybrid', '', undefined, null, 'COMPRESSED', 10, 'x']) {
  attempt(`format ${String(format)}`, () => k.getPublicKey('hex', format).slice(0, 4));
}
attempt('encoding', () => k.getPublicKey('nope'));

// Curve names.
for (const name of ['prime256v1', 'secp256r1', 'P-256', 'PRIME256V1', 'secp384r1', 'nope', '']) {
  attempt(`curve ${name}`, () => crypto.createECDH(name).constructor.name);
}
attempt('curve type', () => crypto.createECDH());
attempt('curve number', () => crypto.createECDH(1));

// convertKey.
const compressed = '03672a31bfc59d3f04548ec9b7daeeba2f61814e8ccc40448045007f5479f693a3';
for (const format of ['compressed', 'uncompressed', 'hybrid', undefined, 10]) {
  attempt(`convert ${format}`, () => crypto.ECDH.convertKey(compressed, 'secp256k1', 'hex', 'hex', format));
}
attempt('convert buffer', () => crypto.ECDH.convertKey(Buffer.from(compressed, 'hex'), 'secp256k1', undefined, 'base64'));
attempt('convert to buffer', () => crypto.ECDH.convertKey(Buffer.from(compressed, 'hex'), 'secp256k1'));
attempt('convert empty', () => crypto.ECDH.convertKey('', 'secp256k1', 'hex', 'hex'));
attempt('convert bad point', () => crypto.ECDH.convertKey('f'.repeat(128), 'secp521r1', 'hex', 'hex', 'compressed'));
attempt('convert bad curve', () => crypto.ECDH.convertKey(compressed, 'badcurve', 'hex'));
attempt('convert no curve', () => crypto.ECDH.convertKey(compressed));
attempt('convert no key', () => crypto.ECDH.convertKey());
attempt('convert bad format first', () => crypto.ECDH.convertKey(compressed, 'badcurve', 'hex', 'hex', 'x'));

// Shapes.
console.log(crypto.ECDH.length, crypto.createECDH.length, crypto.ECDH.convertKey.length, Object.keys(crypto.ECDH));
console.log(Object.getOwnPropertyNames(crypto.ECDH.prototype).join());
console.log(crypto.ECDH.prototype.computeSecret.name, crypto.ECDH.prototype.getPublicKey.name, Object.keys(k));
