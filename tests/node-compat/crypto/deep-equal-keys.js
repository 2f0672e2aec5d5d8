'use strict';
// assert.deepStrictEqual / deepEqual / util.isDeepStrictEqual of KeyObjects
// and CryptoKeys: KeyObjects are equal when `a.equals(b)`; CryptoKeys when
// their algorithm, extractability, usages and key material are. The
// assertion message of unequal keys shows them as `CryptoKey {}` (their
// slots are not properties).

const assert = require('assert');
const crypto = require('crypto');
const util = require('util');
const { subtle } = globalThis.crypto;

function compare(label, a, b) {
  const results = [util.isDeepStrictEqual(a, b)];
  for (const method of ['deepEqual', 'deepStrictEqual']) {
    try {
      assert[method](a, b);
      results.push(`${method} ok`);
    } catch (error) {
      results.push(`${method}: ${error.message.split('\n').filter(Boolean).join(' | ')}`);
    }
  }
  console.log(label, results.join(' ; '));
}

(async () => {
  compare('secret different', crypto.createSecretKey(Buffer.alloc(1, 0)), crypto.createSecretKey(Buffer.alloc(1, 1)));
  compare('secret same', crypto.createSecretKey(Buffer.alloc(4, 9)), crypto.createSecretKey(Buffer.alloc(4, 9)));
  compare('secret empty', crypto.createSecretKey(Buffer.alloc(0)), crypto.createSecretKey(Buffer.alloc(0)));

  const { privateKey: edA } = crypto.generateKeyPairSync('ed25519');
  const edA2 = crypto.createPrivateKey(edA.export({ format: 'pem', type: 'pkcs8' }));
  const { privateKey: edB } = crypto.generateKeyPairSync('ed25519');
  compare('private same', edA, edA2);
  compare('private different', edA, edB);
  compare('private vs its public', edA, crypto.createPublicKey(edA));
  compare('public same', crypto.createPublicKey(edA), crypto.createPublicKey(edA2));
  compare('key vs object', crypto.createSecretKey(Buffer.alloc(1)), {});

  const hmac = (bytes, hash, extractable, usages) =>
    subtle.importKey('raw', bytes, { name: 'HMAC', hash }, extractable, usages);
  compare('hmac different bytes', await hmac(Buffer.alloc(1, 0), 'SHA-256', true, ['sign']),
    await hmac(Buffer.alloc(1, 1), 'SHA-256', true, ['sign']));
  compare('hmac extractable', await hmac(Buffer.alloc(1), 'SHA-256', true, ['sign']),
    await hmac(Buffer.alloc(1), 'SHA-256', false, ['sign']));
  compare('hmac hash', await hmac(Buffer.alloc(1), 'SHA-256', true, ['sign']),
    await hmac(Buffer.alloc(1), 'SHA-384', true, ['sign']));
  compare('hmac usages', await hmac(Buffer.alloc(1), 'SHA-256', true, ['sign']),
    await hmac(Buffer.alloc(1), 'SHA-256', true, ['verify']));
  compare('hmac same', await hmac(Buffer.alloc(1), 'SHA-256', true, ['sign']),
    await hmac(Buffer.alloc(1), 'SHA-256', true, ['sign']));

  const edPkcs8 = edA.export({ format: 'der', type: 'pkcs8' });
  const edKey = (usages) => subtle.importKey('pkcs8', edPkcs8, 'Ed25519', true, usages);
  compare('ed25519 same', await edKey(['sign']), await edKey(['sign']));
  compare('ed25519 vs toCryptoKey', await edKey(['sign']), edA.toCryptoKey('Ed25519', true, ['sign']));
  compare('ed25519 other key', await edKey(['sign']), edB.toCryptoKey('Ed25519', true, ['sign']));
  compare('cryptokey vs keyobject', await edKey(['sign']), edA);
})();
