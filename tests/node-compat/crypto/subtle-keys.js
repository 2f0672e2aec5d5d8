// SubtleCrypto with secret keys: HMAC sign/verify, AES-GCM/CBC/CTR
// encrypt/decrypt, PBKDF2 and HKDF deriveBits/deriveKey, raw and JWK
// import/export, generateKey, CryptoKey's shape, and the DOMExceptions Node
// rejects with.
const { subtle } = globalThis.crypto;
const enc = { encode: (text) => Buffer.from(text) };
const hex = (buffer) => Buffer.from(buffer).toString('hex');
const keyBytes = (n) => Uint8Array.from({ length: n }, (_, i) => i * 7);
async function show(label, fn) {
  try {
    console.log(label, await fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

async function main() {
  const hmacKey = await subtle.importKey('raw', keyBytes(32), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hmacKey.type, hmacKey.extractable, JSON.stringify(hmacKey.algorithm), hmacKey.usages, Object.prototype.toString.call(hmacKey));
  console.log(require('util').inspect(hmacKey));
  const signature = await subtle.sign('HMAC', hmacKey, enc.encode('message'));
  console.log('hmac', hex(signature));
  await show('verify', () => subtle.verify({ name: 'HMAC' }, hmacKey, signature, enc.encode('message')));
  await show('verify other', () => subtle.verify('HMAC', hmacKey, signature, enc.encode('messagf')));
  await show('hmac sha-512 length', async () => {
    const key = await subtle.importKey('raw', keyBytes(10), { name: 'HMAC', hash: { name: 'SHA-512' } }, false, ['sign']);
    return `${JSON.stringify(key.algorithm)} ${hex(await subtle.sign('HMAC', key, new Uint8Array(3)))}`;
  });
  await show('export raw', async () => hex(await subtle.exportKey('raw', hmacKey)));
  await show('export jwk', async () => JSON.stringify(await subtle.exportKey('jwk', hmacKey)));
  await show('import jwk', async () => {
    const jwk = await subtle.exportKey('jwk', hmacKey);
    const back = await subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    return `${back.extractable} ${back.usages} ${await subtle.verify('HMAC', back, signature, enc.encode('message'))}`;
  });
  await show('not extractable', async () => {
    const key = await subtle.importKey('raw', keyBytes(16), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
    return subtle.exportKey('raw', key);
  });
  await show('bad usage', () => subtle.importKey('raw', keyBytes(16), { name: 'HMAC', hash: 'SHA-1' }, false, ['encrypt']));
  await show('wrong usage', async () => {
    const key = await subtle.importKey('raw', keyBytes(16), { name: 'HMAC', hash: 'SHA-1' }, false, ['verify']);
    return subtle.sign('HMAC', key, new Uint8Array(1));
  });
  await show('no hash', () => subtle.importKey('raw', keyBytes(16), { name: 'HMAC' }, false, ['sign']));
  await show('empty key', () => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
  await show('unknown algorithm', () => subtle.importKey('raw', keyBytes(16), { name: 'FOO' }, false, ['sign']));
  await show('empty usages', () => subtle.importKey('raw', keyBytes(16), { name: 'HMAC', hash: 'SHA-256' }, false, []));

  const aesKey = await subtle.importKey('raw', keyBytes(16), 'AES-GCM', true, ['encrypt', 'decrypt']);
  console.log(JSON.stringify(aesKey.algorithm), aesKey.usages);
  const iv = keyBytes(12);
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('aad') }, aesKey, enc.encode('hello gcm'));
  console.log('gcm', hex(sealed));
  await show('gcm open', async () => Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('aad') }, aesKey, sealed)).toString());
  await show('gcm tamper', () => subtle.decrypt({ name: 'AES-GCM', iv }, aesKey, sealed));
  await show('gcm tag 96', async () => hex(await subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 96 }, aesKey, new Uint8Array(5))));
  await show('gcm bad tag length', () => subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 100 }, aesKey, new Uint8Array(5)));
  const cbcKey = await subtle.importKey('raw', keyBytes(32), { name: 'AES-CBC' }, true, ['encrypt', 'decrypt']);
  const cbc = await subtle.encrypt({ name: 'AES-CBC', iv: keyBytes(16) }, cbcKey, enc.encode('cbc text'));
  console.log('cbc', hex(cbc), Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv: keyBytes(16) }, cbcKey, cbc)).toString());
  await show('cbc bad iv', () => subtle.encrypt({ name: 'AES-CBC', iv: keyBytes(8) }, cbcKey, enc.encode('x')));
  await show('cbc bad padding', () => subtle.decrypt({ name: 'AES-CBC', iv: keyBytes(16) }, cbcKey, new Uint8Array(16)));
  const ctrKey = await subtle.importKey('raw', keyBytes(24), 'AES-CTR', false, ['encrypt']);
  await show('ctr', async () => hex(await subtle.encrypt({ name: 'AES-CTR', counter: keyBytes(16), length: 64 }, ctrKey, enc.encode('counter mode'))));
  await show('aes bad length', () => subtle.importKey('raw', keyBytes(20), 'AES-GCM', false, ['encrypt']));
  await show('aes jwk', async () => JSON.stringify(await subtle.exportKey('jwk', cbcKey)));
  await show('wrong algorithm for key', () => subtle.encrypt({ name: 'AES-CBC', iv: keyBytes(16) }, aesKey, new Uint8Array(1)));
  await show('generate aes', async () => {
    const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    return `${key.type} ${JSON.stringify(key.algorithm)} ${(await subtle.exportKey('raw', key)).byteLength}`;
  });
  await show('generate hmac', async () => {
    const key = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
    return `${JSON.stringify(key.algorithm)} ${(await subtle.exportKey('raw', key)).byteLength}`;
  });
  await show('generate aes bad length', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));

  const pbkdf2Key = await subtle.importKey('raw', enc.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(JSON.stringify(pbkdf2Key.algorithm), pbkdf2Key.extractable, pbkdf2Key.usages);
  await show('pbkdf2 bits', async () => hex(await subtle.deriveBits({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 2, hash: 'SHA-1' }, pbkdf2Key, 160)));
  await show('pbkdf2 key', async () => {
    const key = await subtle.deriveKey({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 10, hash: 'SHA-256' }, pbkdf2Key, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
    return `${JSON.stringify(key.algorithm)} ${hex(await subtle.exportKey('raw', key))}`;
  });
  await show('pbkdf2 extractable', () => subtle.importKey('raw', enc.encode('p'), 'PBKDF2', true, ['deriveBits']));
  await show('pbkdf2 zero iterations', () => subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(1), iterations: 0, hash: 'SHA-256' }, pbkdf2Key, 128));
  await show('pbkdf2 odd length', () => subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(1), iterations: 1, hash: 'SHA-256' }, pbkdf2Key, 12));
  const hkdfKey = await subtle.importKey('raw', keyBytes(22), 'HKDF', false, ['deriveBits']);
  await show('hkdf bits', async () => hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: keyBytes(13), info: keyBytes(10) }, hkdfKey, 336)));
  await show('hkdf no info', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: keyBytes(13) }, hkdfKey, 256));
}
main();
