// Algorithm names: OpenSSL's aliases, any case, and what getHashes lists.
'use strict';
const crypto = require('crypto');

const names = [
  'md5', 'MD5', 'Md5', 'RSA-MD5', 'rsa-md5', 'ssl3-md5', 'md5WithRSAEncryption', '1.2.840.113549.2.5',
  'sha1', 'SHA1', 'sha-1', 'SHA-1', 'RSA-SHA1', 'RSA-SHA1-2', 'ssl3-sha1', 'sha1WithRSAEncryption', '1.3.14.3.2.26',
  'sha224', 'sha-224', 'sha2-224', 'RSA-SHA224', 'sha224WithRSAEncryption', '2.16.840.1.101.3.4.2.4',
  'sha256', 'SHA256', 'sha-256', 'SHA-256', 'sha2-256', 'RSA-SHA256', 'sha256WithRSAEncryption', '2.16.840.1.101.3.4.2.1',
  'sha384', 'sha-384', 'sha2-384', 'RSA-SHA384', 'sha384WithRSAEncryption', '2.16.840.1.101.3.4.2.2',
  'sha512', 'sha-512', 'sha2-512', 'RSA-SHA512', 'sha512WithRSAEncryption', '2.16.840.1.101.3.4.2.3',
  'sha512-224', 'SHA512-224', 'sha-512/224', 'sha2-512/224', 'RSA-SHA512/224', 'sha512-224WithRSAEncryption',
  'sha512-256', 'sha-512/256', 'sha2-512/256', 'RSA-SHA512/256', 'sha512-256WithRSAEncryption',
];
for (const name of names) {
  const hash = crypto.createHash(name).update('abc').digest('hex');
  const hmac = crypto.createHmac(name, 'key').update('abc').digest('hex');
  const once = crypto.hash(name, 'abc');
  console.log(name, hash, hmac === crypto.createHmac(name.toLowerCase(), 'key').update('abc').digest('hex'), once === hash);
}

// Names that are not digests (or are spelled wrong) are refused.
for (const name of ['sha', 'sha2', 'sha-2', 'sha512/224', 'sha256x', ' sha256', 'sha 256', 'aes-128-cbc']) {
  let outcome;
  try {
    crypto.createHash(name);
    outcome = 'accepted';
  } catch (error) {
    outcome = error.message;
  }
  console.log(JSON.stringify(name), outcome);
}

const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), hashes === crypto.getHashes());
for (const name of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'RSA-SHA256',
  'RSA-MD5', 'ssl3-sha1', 'sha256WithRSAEncryption', 'sha-256', 'SHA256', 'sha3']) {
  console.log('getHashes has', name, hashes.includes(name));
}
// Every name listed works.
const supported = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
console.log(hashes.filter((name) => supported.includes(name.toLowerCase())).every((name) => crypto.createHash(name)));
