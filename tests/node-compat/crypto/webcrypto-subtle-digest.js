// crypto.subtle.digest: SHA-1/256/384/512 over any BufferSource, and its rejections.
'use strict';

const hex = (buffer) => Buffer.from(buffer).toString('hex');

async function attempt(label, fn) {
  try {
    const value = await fn();
    console.log(label, 'ok', Object.prototype.toString.call(value), hex(value));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

(async () => {
  for (const name of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', 'Sha-512']) {
    await attempt(name, () => crypto.subtle.digest(name, new Uint8Array(Buffer.from('abc'))));
  }
  await attempt('object name', () => crypto.subtle.digest({ name: 'SHA-256' }, Buffer.from('abc')));
  await attempt('ArrayBuffer', () => crypto.subtle.digest('SHA-1', new ArrayBuffer(3)));
  await attempt('DataView', () => crypto.subtle.digest('SHA-1', new DataView(new Uint8Array(Buffer.from('xabcx')).buffer, 1, 3)));
  await attempt('Uint16Array', () => crypto.subtle.digest('SHA-1', new Uint16Array([1, 2])));
  await attempt('empty', () => crypto.subtle.digest('SHA-256', new Uint8Array(0)));
  await attempt('extra argument', () => crypto.subtle.digest('SHA-256', new Uint8Array(1), 5));
  await attempt('md5', () => crypto.subtle.digest('MD5', new Uint8Array(1)));
  await attempt('sha256 spelling', () => crypto.subtle.digest('SHA256', new Uint8Array(1)));
  await attempt('number name', () => crypto.subtle.digest(5, new Uint8Array(1)));
  await attempt('null name', () => crypto.subtle.digest(null, new Uint8Array(1)));
  await attempt('object without name', () => crypto.subtle.digest({}, new Uint8Array(1)));
  await attempt('object number name', () => crypto.subtle.digest({ name: 5 }, new Uint8Array(1)));
  await attempt('string data', () => crypto.subtle.digest('SHA-256', 'abc'));
  await attempt('array data', () => crypto.subtle.digest('SHA-256', [1, 2]));
  await attempt('one argument', () => crypto.subtle.digest('SHA-256'));
  await attempt('no arguments', () => crypto.subtle.digest());
  await attempt('other this', () => crypto.subtle.digest.call({}, 'SHA-256', new Uint8Array(1)));

  // A rejection, never a synchronous throw.
  const promise = crypto.subtle.digest('nope', new Uint8Array(1));
  console.log(promise instanceof Promise);
  await promise.catch(() => {});
  console.log(Object.getOwnPropertyNames(SubtleCrypto.prototype).includes('digest'), typeof crypto.subtle.encrypt);
})();
