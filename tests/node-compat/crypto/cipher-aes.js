// AES in CBC, CTR and GCM through createCipheriv/createDecipheriv: known
// answers, round trips across update boundaries and encodings, padding on
// and off, GCM's tag and AAD, and the errors OpenSSL and Node report.
const crypto = require('crypto');
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message, error.reason ?? '', error.library ?? '');
  }
};
const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i));
const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const text = 'The quick brown fox jumps over the lazy dog. 0123456789 ✓';

for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ctr']) {
    const name = `aes-${bits}-${mode}`;
    show(name, () => {
      const cipher = crypto.createCipheriv(name, key(bits / 8), iv);
      const hex = cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
      const decipher = crypto.createDecipheriv(name, key(bits / 8), iv);
      const back = decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
      return `${hex} ${back === text}`;
    });
  }
}
// Byte by byte in, everything out at once, in base64.
show('cbc byte by byte', () => {
  const cipher = crypto.createCipheriv('aes-128-cbc', key(16), iv);
  const parts = [];
  for (const byte of Buffer.from(text)) parts.push(cipher.update(Buffer.from([byte])));
  parts.push(cipher.final());
  const whole = Buffer.concat(parts);
  const decipher = crypto.createDecipheriv('aes-128-cbc', key(16), iv);
  const sizes = [];
  const out = [];
  for (let i = 0; i < whole.length; i += 7) {
    const chunk = decipher.update(whole.subarray(i, i + 7));
    sizes.push(chunk.length);
    out.push(chunk);
  }
  out.push(decipher.final());
  return `${whole.toString('base64')} ${sizes.join(',')} ${Buffer.concat(out).toString() === text}`;
});
show('no padding exact', () => {
  const cipher = crypto.createCipheriv('aes-128-cbc', key(16), iv).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.alloc(32, 7)), cipher.final()]).toString('hex');
});
show('no padding short', () => {
  const cipher = crypto.createCipheriv('aes-128-cbc', key(16), iv);
  cipher.setAutoPadding(false);
  cipher.update(Buffer.alloc(20));
  return cipher.final();
});
show('bad decrypt', () => {
  const decipher = crypto.createDecipheriv('aes-128-cbc', key(16), iv);
  decipher.update(Buffer.alloc(16, 1));
  return decipher.final();
});
show('decrypt short', () => {
  const decipher = crypto.createDecipheriv('aes-128-cbc', key(16), iv);
  decipher.update(Buffer.alloc(10, 1));
  return decipher.final();
});
show('ctr counter wrap', () => {
  const cipher = crypto.createCipheriv('aes-128-ctr', key(16), Buffer.alloc(16, 0xff));
  return Buffer.concat([cipher.update(Buffer.alloc(40)), cipher.final()]).toString('hex');
});

// GCM: NIST test case 3-ish with AAD, and tag checks.
show('gcm', () => {
  const k = Buffer.from('feffe9928665731c6d6a8f9467308308', 'hex');
  const nonce = Buffer.from('cafebabefacedbaddecaf888', 'hex');
  const aad = Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex');
  const plain = Buffer.from('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39', 'hex');
  const cipher = crypto.createCipheriv('aes-128-gcm', k, nonce);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  const tag = cipher.getAuthTag();
  const decipher = crypto.createDecipheriv('aes-128-gcm', k, nonce);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const opened = Buffer.concat([decipher.update(sealed), decipher.final()]);
  return `${sealed.toString('hex')} ${tag.toString('hex')} ${opened.equals(plain)}`;
});
show('gcm wrong tag', () => {
  const cipher = crypto.createCipheriv('aes-256-gcm', key(32), iv.subarray(0, 12));
  const sealed = Buffer.concat([cipher.update('secret'), cipher.final()]);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(32), iv.subarray(0, 12));
  decipher.setAuthTag(Buffer.alloc(16));
  decipher.update(sealed);
  return decipher.final();
});
show('gcm short tag option', () => {
  const cipher = crypto.createCipheriv('aes-192-gcm', key(24), iv, { authTagLength: 8 });
  cipher.update('abc');
  cipher.final();
  return cipher.getAuthTag().toString('hex');
});
show('gcm 16-byte iv', () => {
  const cipher = crypto.createCipheriv('aes-128-gcm', key(16), iv);
  return Buffer.concat([cipher.update('hello gcm'), cipher.final(), cipher.getAuthTag()]).toString('hex');
});
show('gcm tag before final', () => crypto.createCipheriv('aes-128-gcm', key(16), iv).getAuthTag());
show('gcm no tag', () => {
  const decipher = crypto.createDecipheriv('aes-128-gcm', key(16), iv);
  decipher.update('00', 'hex');
  return decipher.final();
});

show('unknown cipher', () => crypto.createCipheriv('aes-128-xyz', key(16), iv));
show('bad key length', () => crypto.createCipheriv('aes-128-cbc', key(15), iv));
show('bad iv length', () => crypto.createCipheriv('aes-128-cbc', key(16), Buffer.alloc(8)));
show('key type', () => crypto.createCipheriv('aes-128-cbc', 5, iv));
show('iv type', () => crypto.createCipheriv('aes-128-cbc', key(16), 5));
show('cipher type', () => crypto.createCipheriv(5, key(16), iv));
show('update after final', () => {
  const cipher = crypto.createCipheriv('aes-128-ctr', key(16), iv);
  cipher.final();
  return cipher.update('x');
});
show('final twice', () => {
  const cipher = crypto.createCipheriv('aes-128-ctr', key(16), iv);
  cipher.final();
  return cipher.final();
});
show('string key', () => {
  const cipher = crypto.createCipheriv('aes-128-cbc', 'sixteen byte key', 'sixteen byte iv!');
  return cipher.update('x', 'utf8', 'base64') + cipher.final('base64');
});
show('latin1 io', () => {
  const cipher = crypto.createCipheriv('aes-128-ctr', key(16), iv);
  return Buffer.from(cipher.update('\u00ff\u00fe', 'latin1', 'latin1'), 'latin1').toString('hex');
});
show('getCiphers', () => ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr'].map((c) => crypto.getCiphers().includes(c)).join());
show('getCipherInfo', () => JSON.stringify([crypto.getCipherInfo('aes-256-gcm'), crypto.getCipherInfo('aes-128-cbc'), crypto.getCipherInfo('nope')]));

// As streams.
const cipher = crypto.createCipheriv('aes-128-cbc', key(16), iv);
const chunks = [];
cipher.on('data', (chunk) => chunks.push(chunk));
cipher.on('end', () => {
  const decipher = crypto.createDecipheriv('aes-128-cbc', key(16), iv);
  decipher.setEncoding('utf8');
  let out = '';
  decipher.on('data', (s) => (out += s));
  decipher.on('end', () => console.log('stream', Buffer.concat(chunks).toString('hex'), out === text));
  decipher.end(Buffer.concat(chunks));
});
cipher.write(text.slice(0, 10));
cipher.end(text.slice(10));
