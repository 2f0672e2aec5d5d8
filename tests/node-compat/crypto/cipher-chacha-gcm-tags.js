// chacha20-poly1305 (RFC 8439 vector, streaming, tag lengths, nonce lengths) and GCM tag-length rules (authTagLength, setAuthTag once, DEP0182).
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? result.toString('hex') : result);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
process.on('warning', (w) => console.log('warning', w.code, w.message));

const key = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const iv = Buffer.from('070000004041424344454647', 'hex');
const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
const plain = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";

console.log(crypto.getCiphers().includes('chacha20-poly1305'), JSON.stringify(crypto.getCipherInfo('chacha20-poly1305')));
console.log(JSON.stringify(crypto.getCipherInfo(1018)), crypto.getCipherInfo('chacha20-poly1305', { ivLength: 8 }));

const cipher = crypto.createCipheriv('chacha20-poly1305', key, iv);
cipher.setAAD(aad.subarray(0, 5));
cipher.setAAD(aad.subarray(5));
let ct = cipher.update(plain.slice(0, 10), 'utf8', 'hex');
ct += cipher.update(plain.slice(10), 'utf8', 'hex');
ct += cipher.final('hex');
const tag = cipher.getAuthTag();
console.log(ct);
console.log(tag.toString('hex'));

const decipher = crypto.createDecipheriv('chacha20-poly1305', key, iv);
decipher.setAAD(aad);
console.log(decipher.update(ct, 'hex', 'utf8') === plain);
attempt('tag length 12', () => decipher.setAuthTag(tag.subarray(0, 12)));
decipher.setAuthTag(tag);
attempt('tag twice', () => decipher.setAuthTag(tag));
attempt('final', () => decipher.final('hex'));

const bad = crypto.createDecipheriv('chacha20-poly1305', key, iv);
bad.update(ct, 'hex');
bad.setAuthTag(Buffer.alloc(16));
attempt('wrong tag', () => bad.final());
const noTag = crypto.createDecipheriv('chacha20-poly1305', key, iv);
noTag.update(ct, 'hex');
attempt('no tag', () => noTag.final());

for (const authTagLength of [0, 1, 8, 16, 17]) {
  attempt(`authTagLength ${authTagLength}`, () => {
    const c = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength });
    c.update('foo');
    c.final();
    return c.getAuthTag();
  });
}
for (const n of [0, 1, 8, 12, 13, 16, 17]) {
  attempt(`nonce ${n}`, () => crypto.createCipheriv('chacha20-poly1305', key, Buffer.alloc(n, 1)).update('abc'));
}
attempt('key 16', () => crypto.createCipheriv('chacha20-poly1305', key.subarray(0, 16), iv));
attempt('getAuthTag early', () => crypto.createCipheriv('chacha20-poly1305', key, iv).getAuthTag());
attempt('setAutoPadding', () => crypto.createCipheriv('chacha20-poly1305', key, iv).setAutoPadding(false).update('x'));

// GCM.
const gkey = 'FxLKsqdmv0E9xrQhp0b1ZgI0K7JFZJM8';
const giv = 'qkuZpJWCewa6Szih';
const g = crypto.createCipheriv('aes-256-gcm', gkey, giv);
g.setAAD(Buffer.from('abcd'));
const gct = Buffer.concat([g.update('01234567', 'hex'), g.final()]);
const gtag = g.getAuthTag();
console.log(gct.toString('hex'), gtag.toString('hex'));
for (const [label, options, length] of [['no option 16', undefined, 16], ['no option 12', undefined, 12],
  ['no option 4', undefined, 4], ['option 8 given 12', { authTagLength: 8 }, 12], ['option 8 given 8', { authTagLength: 8 }, 8],
  ['no option 6', undefined, 6]]) {
  attempt(label, () => {
    const d = crypto.createDecipheriv('aes-256-gcm', gkey, giv, options);
    d.setAAD(Buffer.from('abcd'));
    d.setAuthTag(gtag.subarray(0, length));
    return Buffer.concat([d.update(gct), d.final()]);
  });
}
attempt('gcm tag twice', () => crypto.createDecipheriv('aes-256-gcm', gkey, giv).setAuthTag(gtag).setAuthTag(gtag));
attempt('gcm option 7', () => crypto.createDecipheriv('aes-256-gcm', gkey, giv, { authTagLength: 7 }));
attempt('cipher setAuthTag', () => crypto.createCipheriv('aes-256-gcm', gkey, giv).setAuthTag);
attempt('cbc setAuthTag', () => crypto.createDecipheriv('aes-128-cbc', gkey.slice(0, 16), giv).setAuthTag(Buffer.alloc(16)));
attempt('after final', () => {
  const d = crypto.createDecipheriv('aes-256-gcm', gkey, giv);
  d.setAuthTag(gtag);
  d.setAAD(Buffer.from('abcd'));
  d.update(gct);
  d.final();
  return d.setAuthTag(gtag);
});
for (const name of ['aes-128-gcm', 'aes-128-ctr', 'aes-128-cbc']) console.log(name, JSON.stringify(crypto.getCipherInfo(name)));
