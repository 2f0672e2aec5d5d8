'use strict';
// SubtleCrypto with asymmetric keys: import/export in every format each
// algorithm allows, sign/verify (RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA,
// Ed25519), RSA-OAEP, ECDH/X25519 deriveBits/deriveKey, wrapKey/unwrapKey,
// generateKey, and the DOMExceptions of the bad cases. Fixed keys, so every
// deterministic output (PKCS#1 v1.5 and Ed25519 signatures, shared secrets,
// exports) is printed; randomized ones (ECDSA, PSS, OAEP) are round-tripped.

const crypto = require('crypto');
const { subtle } = globalThis.crypto;

const rsaPem = `-----BEGIN PRIVATE KEY-----
MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBALIIxk9Acnyy6UNo
tWcRb8jHPtf2jPLHkAM2jq0X5nsDgOX9LF60M7PIA2VnVt4sVTUrG2JYtENb6QCG
h9bC+XWnmDTBq7qckqW3ONHnEy3jwM+MiJOUqSg3jHc/sfx4qTJBmpjskp6pWExw
48awxulMrswED//od4LAIFV0aUQlAgMBAAECgYA1ZuBlIUW2FcxWRfAzzE0lgm5d
RT0eDbIq5JCDZynhODnPwtMuTQs9H/+0yPyLg+zDF/0M0OKxWb5YRAI27yD4IwDm
8a4CiEvxmH82hkNA26USvjJwrx/MINOsv8NQNF7u/bM6BvnthC7WYP/qseMiNLnz
zLuHp7LF2IVNXy7PgQJBAOoawb62ND6N4pofriu1f/8B9WQ15g4qzWl1Fmu7IRAv
dKKSnSaDJYUJbcanta0KsJcmetJbU0m2U443tWNmePECQQDCr4JYPsmqHfMOtetg
ZG+80aA3T0fMPKA74AmOqB9QAQ4D2ZmoeTYFfeaBuu/92el7HFOA1yCVjhbaCu2s
4951AkEAhlJR5j4fHeFFKo+Q3M1oIoYaKaRvWqOedqrS8X9OSj4gWwNqneVTytCN
JxWlPSNMDX3rrPTvhfTSXmCCeAUc0QJBAIacV+GwODv5zU9EleTmTSQfRUo49QnQ
eXIs7C7JLC1jLU+YK1iDxshxTuowWTQKchd/dHVHSe5eeop0t/Ws8OkCQCWda8s+
QhL4kBJY4119Cc1YbsDpX05MqQs38LdYvkvkPwQn2rGkF3XShqb39vnVD5/jHbkj
t6UkNc9TOPwXkLY=
-----END PRIVATE KEY-----`;
const ecJwk = { kty: 'EC', x: 'Swy8UEOSXU1vSohuLSrng8lJzP5FGX8mn84_GasiQfk', y: 'Was0OW4YQ4GaJlVesnLgE8uhOk-bhtS-7BbSE613qYE', crv: 'P-256', d: '2GKQwapEkX2kevYKepU8jhZXg4W8nbWUPh6nykhfWHg' };
const ecJwk2 = { kty: 'EC', x: 'hwpk56MGgNR2RNOo9zFolx_v77y9JAY7TUiFbsWCB8g', y: '9CBe2ElYRLJ_kh7ypa8uDbUm9zChQrXME-Omq3WgBss', crv: 'P-256', d: 'xXVVnBXkV_4UsKlRXgVDc-d6F4biSatZ8k5K58rgxnw' };
const xJwk = { crv: 'X25519', d: 'oC_m6DDlzciWfXZcjQG00CUyT8wX8HK9dK3C450kn3Q', x: 'ETwszS8kimnidpPCtxnl7gRexgItY5SpunLjm_w-j1I', kty: 'OKP' };
const xJwk2 = { crv: 'X25519', d: '-CexMWmNjmv8KrpeggEbLMBOr_-M52DrFZG3WVs3jnM', x: 'sTJ3inJbYt1FmMH3OoEK5FxOkwv1LI7CExVAC9bvPXk', kty: 'OKP' };
const edJwk = { crv: 'Ed25519', d: 'zoHEQtTljbchgL80PVDhmlCEm47kbgNgoV9HW2l8Ulc', x: '5_n-KoVh11XmIE-1jQybGmODHQXknZjOmi5CK3bZFjI', kty: 'OKP' };

const rsa = crypto.createPrivateKey(rsaPem);
const rsaSpki = crypto.createPublicKey(rsa).export({ format: 'der', type: 'spki' });
const rsaPkcs8 = rsa.export({ format: 'der', type: 'pkcs8' });
const ec = crypto.createPrivateKey({ key: ecJwk, format: 'jwk' });
const ecSpki = crypto.createPublicKey(ec).export({ format: 'der', type: 'spki' });
const ecPkcs8 = ec.export({ format: 'der', type: 'pkcs8' });
const ed = crypto.createPrivateKey({ key: edJwk, format: 'jwk' });
const edSpki = crypto.createPublicKey(ed).export({ format: 'der', type: 'spki' });
const data = Buffer.from('some data to sign');

const hex = (buffer) => Buffer.from(buffer).toString('hex');
const describe = (key) => `${key.type} ${JSON.stringify(key.algorithm, (k, v) => (v instanceof Uint8Array ? hex(v) : v))} ${key.extractable} ${key.usages}`;

async function attempt(label, fn) {
  try {
    const value = await fn();
    let shown = value;
    if (value instanceof ArrayBuffer) shown = `ArrayBuffer(${value.byteLength})`;
    else if (value instanceof CryptoKey) shown = describe(value);
    else if (value && value.publicKey) shown = `pair: ${describe(value.publicKey)} / ${describe(value.privateKey)}`;
    console.log(label, '->', shown);
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message, error.cause ? '(with a cause)' : '');
  }
}

(async () => {
  // --- import and export ---
  const rsaPub = await subtle.importKey('spki', rsaSpki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
  const rsaPriv = await subtle.importKey('pkcs8', rsaPkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
  console.log(describe(rsaPub));
  console.log(describe(rsaPriv));
  console.log('spki round trip', hex(await subtle.exportKey('spki', rsaPub)) === hex(rsaSpki));
  console.log('pkcs8 round trip', hex(await subtle.exportKey('pkcs8', rsaPriv)) === hex(rsaPkcs8));
  const rsaJwk = await subtle.exportKey('jwk', rsaPriv);
  console.log('rsa jwk', Object.keys(rsaJwk), rsaJwk.alg, rsaJwk.key_ops, rsaJwk.ext);
  for (const [name, hash] of [['RSA-PSS', 'SHA-384'], ['RSA-OAEP', 'SHA-512'], ['RSA-OAEP', 'SHA-1']]) {
    const key = await subtle.importKey('spki', rsaSpki, { name, hash }, true, name === 'RSA-OAEP' ? ['encrypt'] : ['verify']);
    console.log(name, hash, (await subtle.exportKey('jwk', key)).alg);
  }

  const ecPub = await subtle.importKey('raw', Buffer.from(ecSpki.subarray(-65)), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const ecPriv = await subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  console.log(describe(ecPub), describe(ecPriv));
  console.log('ec raw', hex(await subtle.exportKey('raw', ecPub)));
  console.log('ec spki', hex(await subtle.exportKey('spki', ecPub)) === hex(ecSpki));
  console.log('ec pkcs8', hex(await subtle.exportKey('pkcs8', ecPriv)) === hex(ecPkcs8));
  console.log('ec jwk', JSON.stringify(await subtle.exportKey('jwk', ecPriv)));
  console.log('ec jwk public', JSON.stringify(await subtle.exportKey('jwk', ecPub)));
  const compressed = Buffer.concat([Buffer.from([2 + (ecSpki[ecSpki.length - 1] & 1)]), ecSpki.subarray(-64, -32)]);
  const fromCompressed = await subtle.importKey('raw', compressed, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
  console.log('compressed point', hex(await subtle.exportKey('raw', fromCompressed)) === hex(ecSpki.subarray(-65)));

  const edPub = await subtle.importKey('raw', Buffer.from(edSpki.subarray(-32)), 'Ed25519', true, ['verify']);
  const edPriv = await subtle.importKey('jwk', edJwk, 'Ed25519', true, ['sign']);
  console.log(describe(edPub), describe(edPriv));
  console.log('ed jwk', JSON.stringify(await subtle.exportKey('jwk', edPriv)));
  console.log('ed raw', hex(await subtle.exportKey('raw-public', edPub)));
  console.log('ed spki', hex(await subtle.exportKey('spki', edPub)));
  console.log('ed pkcs8', hex(await subtle.exportKey('pkcs8', edPriv)));
  const xPriv = await subtle.importKey('jwk', xJwk, 'X25519', true, ['deriveBits', 'deriveKey']);
  console.log('x jwk', JSON.stringify(await subtle.exportKey('jwk', xPriv)));

  // --- sign / verify ---
  const pkcs1 = await subtle.sign('RSASSA-PKCS1-v1_5', rsaPriv, data);
  console.log('pkcs1 signature', hex(pkcs1));
  console.log('pkcs1 verify', await subtle.verify('RSASSA-PKCS1-v1_5', rsaPub, pkcs1, data),
    await subtle.verify('RSASSA-PKCS1-v1_5', rsaPub, pkcs1, Buffer.from('other')));
  console.log('pkcs1 matches crypto.sign', hex(pkcs1) === hex(crypto.sign('sha256', data, rsa)));
  const pssPriv = await subtle.importKey('pkcs8', rsaPkcs8, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  const pssPub = await subtle.importKey('spki', rsaSpki, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify']);
  for (const saltLength of [0, 32, 62]) {
    const signature = await subtle.sign({ name: 'RSA-PSS', saltLength }, pssPriv, data);
    console.log('pss', saltLength, signature.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength }, pssPub, signature, data));
  }
  await attempt('pss salt too long', () => subtle.sign({ name: 'RSA-PSS', saltLength: 63 }, pssPriv, data));
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const signature = await subtle.sign({ name: 'ECDSA', hash }, ecPriv, data);
    console.log('ecdsa', hash, signature.byteLength, await subtle.verify({ name: 'ECDSA', hash }, ecPub, signature, data),
      await subtle.verify({ name: 'ECDSA', hash }, ecPub, signature.slice(1), data));
  }
  const edSignature = await subtle.sign('Ed25519', edPriv, data);
  console.log('ed25519 signature', hex(edSignature), await subtle.verify('Ed25519', edPub, edSignature, data));

  // --- RSA-OAEP ---
  const oaepPub = await subtle.importKey('spki', rsaSpki, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt', 'wrapKey']);
  const oaepPriv = await subtle.importKey('pkcs8', rsaPkcs8, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt', 'unwrapKey']);
  for (const label of [undefined, Buffer.from('label')]) {
    const sealed = await subtle.encrypt({ name: 'RSA-OAEP', label }, oaepPub, data);
    console.log('oaep', sealed.byteLength, Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label }, oaepPriv, sealed)).toString());
  }
  const empty = await subtle.encrypt({ name: 'RSA-OAEP' }, oaepPub, new Uint8Array(0));
  console.log('oaep empty', (await subtle.decrypt({ name: 'RSA-OAEP' }, oaepPriv, empty)).byteLength);
  await attempt('oaep too long', () => subtle.encrypt({ name: 'RSA-OAEP' }, oaepPub, Buffer.alloc(100)));
  await attempt('oaep wrong label', async () => {
    const sealed = await subtle.encrypt({ name: 'RSA-OAEP', label: Buffer.from('a') }, oaepPub, data);
    return subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('b') }, oaepPriv, sealed);
  });

  // --- ECDH / X25519 ---
  const ecdhPriv = await subtle.importKey('jwk', ecJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits', 'deriveKey']);
  const { d, ...ecPublic2 } = ecJwk2;
  const ecdhPub2 = await subtle.importKey('jwk', ecPublic2, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  console.log('ecdh bits', hex(await subtle.deriveBits({ name: 'ECDH', public: ecdhPub2 }, ecdhPriv, 256)));
  console.log('ecdh bits 251', hex(await subtle.deriveBits({ name: 'ECDH', public: ecdhPub2 }, ecdhPriv, 251)));
  console.log('ecdh bits null', hex(await subtle.deriveBits({ name: 'ECDH', public: ecdhPub2 }, ecdhPriv, null)));
  const { d: xd, ...xPublic2 } = xJwk2;
  const xPub2 = await subtle.importKey('jwk', xPublic2, 'X25519', false, []);
  console.log('x25519 bits', hex(await subtle.deriveBits({ name: 'X25519', public: xPub2 }, xPriv, 128)));
  const derived = await subtle.deriveKey({ name: 'X25519', public: xPub2 }, xPriv, { name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
  console.log('derived hmac', describe(derived), hex(await subtle.exportKey('raw', derived)));
  await attempt('derive too long', () => subtle.deriveBits({ name: 'X25519', public: xPub2 }, xPriv, 264));
  await attempt('derive algorithm mismatch', () => subtle.deriveBits({ name: 'X25519', public: ecdhPub2 }, xPriv, 256));
  await attempt('derive public not public', () => subtle.deriveBits({ name: 'X25519', public: xPriv }, xPriv, 256));
  await attempt('derive public not a key', () => subtle.deriveBits({ name: 'X25519', public: {} }, xPriv, 256));
  await attempt('derive no public', () => subtle.deriveBits({ name: 'ECDH' }, ecdhPriv, 256));

  // --- wrapKey / unwrapKey ---
  const aes = await subtle.importKey('raw', Buffer.alloc(16, 7), 'AES-GCM', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', aes, oaepPub, { name: 'RSA-OAEP' });
  const unwrapped = await subtle.unwrapKey('raw', wrapped, oaepPriv, { name: 'RSA-OAEP' }, 'AES-GCM', true, ['decrypt']);
  console.log('unwrapped', describe(unwrapped), hex(await subtle.exportKey('raw', unwrapped)));
  const wrapAes = await subtle.importKey('raw', Buffer.alloc(32, 1), 'AES-CBC', false, ['wrapKey', 'unwrapKey']);
  const iv = Buffer.alloc(16, 2);
  const wrappedJwk = await subtle.wrapKey('jwk', edPriv, wrapAes, { name: 'AES-CBC', iv });
  const back = await subtle.unwrapKey('jwk', wrappedJwk, wrapAes, { name: 'AES-CBC', iv }, 'Ed25519', false, ['sign']);
  console.log('unwrapped jwk', describe(back), hex(await subtle.sign('Ed25519', back, data)) === hex(edSignature));
  await attempt('wrap with encrypt-only key', () => subtle.wrapKey('raw', aes, aes, { name: 'AES-GCM', iv }));

  // --- generateKey ---
  await attempt('generate rsa', () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']));
  await attempt('generate oaep', () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: 'SHA-1' }, false, ['decrypt', 'wrapKey']));
  await attempt('generate ecdsa', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify', 'sign']));
  await attempt('generate ecdh', () => subtle.generateKey({ name: 'ECDH', namedCurve: 'P-521' }, false, ['deriveKey']));
  await attempt('generate ed25519', () => subtle.generateKey('Ed25519', true, ['sign']));
  await attempt('generate x25519', () => subtle.generateKey('X25519', true, ['deriveBits']));
  await attempt('generate public usages only', () => subtle.generateKey('Ed25519', true, ['verify']));
  await attempt('generate bad usage', () => subtle.generateKey('X25519', true, ['sign']));
  await attempt('generate bad curve', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-25' }, true, ['sign']));
  await attempt('generate no curve', () => subtle.generateKey({ name: 'ECDSA' }, true, ['sign']));
  await attempt('generate big exponent', () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 0, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']));
  await attempt('generate exponent array', () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: [1, 0, 1], hash: 'SHA-256' }, true, ['decrypt']));
  await attempt('generate modulus range', () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: -1, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['decrypt']));
  await attempt('generate small modulus', () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 16, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['decrypt']));

  // --- import errors ---
  await attempt('rsa raw', () => subtle.importKey('raw', rsaSpki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await attempt('rsa no hash', () => subtle.importKey('spki', rsaSpki, { name: 'RSA-PSS' }, true, ['verify']));
  await attempt('rsa bad usage', () => subtle.importKey('spki', rsaSpki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']));
  await attempt('rsa from ec key', () => subtle.importKey('spki', ecSpki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await attempt('rsa jwk alg', () => subtle.importKey('jwk', { ...rsaJwk, alg: 'RS256' }, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']));
  await attempt('rsa jwk kty', () => subtle.importKey('jwk', { kty: 'EC' }, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await attempt('rsa jwk no kty', () => subtle.importKey('jwk', {}, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await attempt('rsa jwk bad', () => subtle.importKey('jwk', { kty: 'RSA', n: 'AA' }, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await attempt('ec from rsa key', () => subtle.importKey('spki', rsaSpki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await attempt('ec garbage', () => subtle.importKey('spki', Buffer.alloc(3), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await attempt('ec curve mismatch', () => subtle.importKey('spki', ecSpki, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']));
  await attempt('ec unknown curve', () => subtle.importKey('spki', ecSpki, { name: 'ECDSA', namedCurve: 'P-385' }, true, ['verify']));
  await attempt('ec raw not on curve', () => subtle.importKey('raw', Buffer.alloc(65), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await attempt('ec pkcs8 of public', () => subtle.importKey('pkcs8', ecSpki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
  await attempt('ecdh public usages', () => subtle.importKey('spki', ecSpki, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
  await attempt('ec jwk crv', () => subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']));
  await attempt('ec jwk alg', () => subtle.importKey('jwk', { ...ecJwk, alg: 'ES384' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
  await attempt('ec jwk bad x', () => subtle.importKey('jwk', { ...ecPublic2, x: 'AAAA' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await attempt('ec private no usages', () => subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, []));
  await attempt('ed raw short', () => subtle.importKey('raw', Buffer.alloc(31), 'Ed25519', true, ['verify']));
  await attempt('ed bad usage', () => subtle.importKey('raw', Buffer.alloc(32), 'Ed25519', true, ['sign']));
  await attempt('x from ed spki', () => subtle.importKey('spki', edSpki, 'X25519', true, []));
  await attempt('ed jwk kty', () => subtle.importKey('jwk', { kty: 'EC', crv: 'Ed25519', x: 'AA' }, 'Ed25519', true, ['verify']));
  await attempt('ed jwk crv', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: 'AA' }, 'Ed25519', true, ['verify']));
  await attempt('ed jwk alg', () => subtle.importKey('jwk', { ...edJwk, alg: 'ES256' }, 'Ed25519', true, ['sign']));
  await attempt('ed jwk use', () => subtle.importKey('jwk', { ...edJwk, use: 'enc' }, 'Ed25519', true, ['sign']));
  await attempt('ed jwk ext', () => subtle.importKey('jwk', { ...edJwk, ext: false }, 'Ed25519', true, ['sign']));
  await attempt('ed jwk key mismatch', () => subtle.importKey('jwk', { ...edJwk, x: xJwk.x }, 'Ed25519', true, ['sign']));
  await attempt('ed jwk no x', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519' }, 'Ed25519', true, ['verify']));
  await attempt('hmac spki', () => subtle.importKey('spki', Buffer.alloc(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await attempt('aes raw-public', () => subtle.importKey('raw-public', Buffer.alloc(16), 'AES-CBC', true, ['encrypt']));
  await attempt('aes raw-secret', () => subtle.importKey('raw-secret', Buffer.alloc(16), 'AES-CBC', true, ['encrypt']));

  // --- export errors ---
  await attempt('export raw of private ec', () => subtle.exportKey('raw', ecPriv));
  await attempt('export spki of private', () => subtle.exportKey('spki', edPriv));
  await attempt('export pkcs8 of public', () => subtle.exportKey('pkcs8', rsaPub));
  await attempt('export raw of rsa', () => subtle.exportKey('raw', rsaPub));
  await attempt('export raw-public of private', () => subtle.exportKey('raw-public', ecPriv));
  await attempt('export not extractable', () => subtle.exportKey('jwk', pssPriv));

  // --- use errors ---
  await attempt('sign with public', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, data));
  await attempt('sign without hash', () => subtle.sign({ name: 'ECDSA' }, ecPriv, data));
  await attempt('sign pss without salt', () => subtle.sign({ name: 'RSA-PSS' }, pssPriv, data));
  await attempt('sign pss negative salt', () => subtle.sign({ name: 'RSA-PSS', saltLength: -1 }, pssPriv, data));
  await attempt('sign wrong algorithm', () => subtle.sign('RSASSA-PKCS1-v1_5', pssPriv, data));
  await attempt('encrypt with private', () => subtle.encrypt({ name: 'RSA-OAEP' }, oaepPriv, data));
  await attempt('oaep label string', () => subtle.encrypt({ name: 'RSA-OAEP', label: 'x' }, oaepPub, data));

  // --- KeyObject.from / toCryptoKey ---
  const fromKey = crypto.KeyObject.from(ecPriv);
  console.log('from', fromKey.type, fromKey.asymmetricKeyType, fromKey === crypto.KeyObject.from(ecPriv), fromKey.equals(ec));
  const secret = crypto.createSecretKey(Buffer.alloc(16, 3));
  const aesKey = secret.toCryptoKey('AES-CTR', false, ['encrypt']);
  console.log('toCryptoKey', describe(aesKey), crypto.KeyObject.from(aesKey).equals(secret));
  console.log('toCryptoKey ec', describe(ec.toCryptoKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])));
  console.log('toCryptoKey rsa', describe(rsa.toCryptoKey({ name: 'RSA-OAEP', hash: 'SHA-384' }, false, ['decrypt'])));
  console.log('toCryptoKey ed', describe(crypto.createPublicKey(ed).toCryptoKey('Ed25519', true, ['verify'])));
  for (const [label, fn] of [
    ['from non key', () => crypto.KeyObject.from({})],
    ['toCryptoKey usage', () => crypto.createPublicKey(ec).toCryptoKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])],
    ['toCryptoKey empty private usages', () => ec.toCryptoKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [])],
    ['toCryptoKey curve', () => ec.toCryptoKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits'])],
    ['toCryptoKey wrong type', () => crypto.createPublicKey(ed).toCryptoKey('X25519', true, [])],
    ['toCryptoKey unknown', () => ec.toCryptoKey('FOO', true, [])],
    ['toCryptoKey secret as ed', () => secret.toCryptoKey('Ed25519', true, ['verify'])],
    ['toCryptoKey public as aes', () => ec.toCryptoKey('AES-CBC', true, ['encrypt'])],
    ['toCryptoKey aes length', () => crypto.createSecretKey(Buffer.alloc(3)).toCryptoKey('AES-CBC', true, ['encrypt'])],
    ['toCryptoKey hmac length 0', () => secret.toCryptoKey({ name: 'HMAC', hash: 'SHA-256', length: 0 }, true, ['sign'])],
    ['toCryptoKey pbkdf2 extractable', () => secret.toCryptoKey('PBKDF2', true, ['deriveBits'])],
    ['toCryptoKey secret empty usages', () => secret.toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, true, [])],
  ]) {
    try {
      console.log(label, '->', describe(fn()));
    } catch (error) {
      console.log(label, 'throws', error.name, error.code, error.message);
    }
  }

  // --- the key's slots are its own ---
  const pair = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  console.log(pair.publicKey.algorithm === pair.publicKey.algorithm, pair.publicKey.algorithm === pair.privateKey.algorithm);
  pair.publicKey.algorithm.name = 'changed';
  pair.publicKey.usages.push('changed');
  console.log(pair.publicKey.algorithm.name, require('util').inspect(pair.publicKey));
})();
