// pbkdf2 and pbkdf2Sync: RFC 6070 vectors, every digest, key lengths,
// encodings of password and salt, the callback form's timing, and Node's
// validation errors.
const crypto = require('crypto');
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
show('rfc6070 1', () => crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
show('rfc6070 2', () => crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
show('rfc6070 4096', () => crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
show('rfc6070 long', () => crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
show('rfc6070 nul', () => crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'));
for (const digest of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'sha512-256', 'RSA-SHA1']) {
  show(digest, () => crypto.pbkdf2Sync('secret', 'pepper', 3, 70, digest).toString('base64'));
}
show('zero length', () => crypto.pbkdf2Sync('a', 'b', 1, 0, 'sha256'));
show('buffer inputs', () => crypto.pbkdf2Sync(Buffer.from([1, 2, 3]), new Uint16Array([4, 5]), 2, 8, 'sha256').toString('hex'));
show('arraybuffer', () => crypto.pbkdf2Sync(new Uint8Array([9]).buffer, new DataView(new ArrayBuffer(3)), 2, 8, 'sha1').toString('hex'));
show('empty password', () => crypto.pbkdf2Sync('', '', 1, 8, 'sha256').toString('hex'));
show('bad digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8, 'sha257'));
show('no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8));
show('digest type', () => crypto.pbkdf2Sync('a', 'b', 1, 8, 5));
show('password type', () => crypto.pbkdf2Sync(5, 'b', 1, 8, 'sha1'));
show('salt type', () => crypto.pbkdf2Sync('a', null, 1, 8, 'sha1'));
show('iterations 0', () => crypto.pbkdf2Sync('a', 'b', 0, 8, 'sha1'));
show('iterations float', () => crypto.pbkdf2Sync('a', 'b', 1.5, 8, 'sha1'));
show('iterations string', () => crypto.pbkdf2Sync('a', 'b', '1', 8, 'sha1'));
show('keylen negative', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
show('keylen huge', () => crypto.pbkdf2Sync('a', 'b', 1, 2 ** 31, 'sha1'));
show('callback missing', () => crypto.pbkdf2('a', 'b', 1, 8, 'sha1'));
show('callback bad digest', () => crypto.pbkdf2('a', 'b', 1, 8, 'nope', () => {}));
const order = [];
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', function (error, key) {
  order.push('callback');
  console.log('async', error, key.toString('hex'), Buffer.isBuffer(key), this === undefined ? 'this undefined' : typeof this);
  console.log(order.join(' '));
});
process.nextTick(() => order.push('tick'));
order.push('sync');
show('digest as callback', () => crypto.pbkdf2('a', 'b', 1, 8, () => {}));
