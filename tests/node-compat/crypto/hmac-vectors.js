// createHmac: RFC 2202/4231 vectors, every key type, keys around the block size.
'use strict';
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
const cases = [
  ['rfc 1', Buffer.alloc(20, 0x0b), 'Hi There'],
  ['rfc 2', 'Jefe', 'what do ya want for nothing?'],
  ['rfc 3', Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  ['rfc 4', Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), Buffer.alloc(50, 0xcd)],
  ['rfc 6', Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'],
  ['rfc 7', Buffer.alloc(131, 0xaa), 'This is a test using a larger than block-size key and a larger than block-size data. ' +
    'The key needs to be hashed before being used by the HMAC algorithm.'],
  ['empty key', '', 'data'],
  ['empty both', '', ''],
  ['64 byte key', 'k'.repeat(64), 'data'],
  ['65 byte key', 'k'.repeat(65), 'data'],
  ['128 byte key', 'k'.repeat(128), 'data'],
  ['129 byte key', 'k'.repeat(129), 'data'],
  ['unicode key', 'clé ☃', 'donnée'],
];
for (const algorithm of algorithms) {
  for (const [label, key, data] of cases) {
    console.log(algorithm, label, crypto.createHmac(algorithm, key).update(data).digest('hex'));
  }
}

// The same key in every form gives the same MAC.
const keyBytes = Buffer.from('secret key bytes');
const forms = [
  ['string', 'secret key bytes'],
  ['Buffer', keyBytes],
  ['Uint8Array', new Uint8Array(keyBytes)],
  ['ArrayBuffer', keyBytes.buffer.slice(keyBytes.byteOffset, keyBytes.byteOffset + keyBytes.length)],
  ['DataView', new DataView(new Uint8Array(keyBytes).buffer)],
  ['Uint16Array', new Uint16Array(new Uint8Array(keyBytes).buffer)],
  ['offset view', new Uint8Array(new Uint8Array(Buffer.concat([Buffer.from('xx'), keyBytes])).buffer, 2, keyBytes.length)],
];
for (const [label, key] of forms) {
  console.log('key as', label, crypto.createHmac('sha256', key).update('message').digest('base64'));
}

// options.encoding says how to read a string key.
console.log(crypto.createHmac('sha256', '736563726574', { encoding: 'hex' }).update('m').digest('hex'));
console.log(crypto.createHmac('sha256', 'c2VjcmV0', { encoding: 'base64' }).update('m').digest('hex'));
console.log(crypto.createHmac('sha256', 'secret', { encoding: 'latin1' }).update('m').digest('hex'));
console.log(crypto.createHmac('sha256', 'secret').update('m').digest('hex'));
console.log(crypto.createHmac('sha256', 'secret', 'hex').update('m').digest('hex'));
console.log(crypto.createHmac('sha256', Buffer.from('secret'), { encoding: 'hex' }).update('m').digest('hex'));
console.log(crypto.createHmac('sha256', 'k\ud800').update('m').digest('hex') === crypto.createHmac('sha256', 'k\ufffd').update('m').digest('hex'));

// Updates in pieces, and every digest encoding.
const mac = crypto.createHmac('sha1', 'key');
mac.update('The quick ').update(Buffer.from('brown fox ')).update('6a756d7073', 'hex');
console.log(mac.digest('hex'), crypto.createHmac('sha1', 'key').update('The quick brown fox jumps').digest('hex'));
for (const encoding of ['base64', 'base64url', 'latin1', 'buffer', undefined, 'bogus']) {
  const value = crypto.createHmac('md5', 'key').update('x').digest(encoding);
  console.log(JSON.stringify(encoding), Buffer.isBuffer(value) ? `Buffer ${value.toString('hex')}` : JSON.stringify(value));
}
