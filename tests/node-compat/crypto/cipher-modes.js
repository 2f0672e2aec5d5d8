// The other block cipher modes createCipheriv takes: AES in OFB, CFB,
// CFB-8, CFB-1 and key wrap (RFC 3394 and RFC 5649), triple DES (two and
// three keys) in ECB, CBC, OFB and CFB, how each streams its output, the
// IV and key length checks, and getCiphers/getCipherInfo for them.
const crypto = require('crypto');
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, Buffer.isBuffer(value) ? value.toString('hex') : value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
const hex = (b) => b.toString('hex');
const text = 'hello world, this is a longer message';

function roundTrip(name, key, iv) {
  show(name, () => {
    const c = crypto.createCipheriv(name, key, iv);
    const pieces = [c.update(text.slice(0, 3)), c.update(text.slice(3, 20)), c.update(text.slice(20)), c.final()];
    const d = crypto.createDecipheriv(name, key, iv);
    const sealed = Buffer.concat(pieces);
    const opened = Buffer.concat([d.update(sealed.subarray(0, 5)), d.update(sealed.subarray(5)), d.final()]).toString();
    return `${pieces.map(hex).join('|')} ${opened === text}`;
  });
}

for (const bits of [128, 192, 256]) {
  const key = Buffer.alloc(bits / 8, 7);
  const iv = Buffer.alloc(16, 5);
  for (const mode of ['ofb', 'cfb', 'cfb8', 'cfb1']) roundTrip(`aes-${bits}-${mode}`, key, iv);
}
for (const name of ['des-ede3-cbc', 'des3', 'des-ede3', 'des-ede3-ecb', 'des-ede3-cfb', 'des-ede3-ofb', 'des-ede3-cfb8', 'des-ede3-cfb1']) {
  roundTrip(name, Buffer.from('0123456789abcdef01234567'), name.includes('ecb') || name === 'des-ede3' ? null : Buffer.alloc(8, 5));
}
for (const name of ['des-ede-cbc', 'des-ede', 'des-ede-ecb', 'des-ede-cfb', 'des-ede-ofb']) {
  roundTrip(name, Buffer.from('0123456789abcdef'), name.includes('ecb') || name === 'des-ede' ? null : Buffer.alloc(8, 5));
}
show('des-ede3-cbc bad padding', () => {
  const d = crypto.createDecipheriv('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8));
  d.update(Buffer.alloc(16, 3));
  return d.final();
});
show('des-ede3-cbc short', () => {
  const d = crypto.createDecipheriv('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8));
  d.update(Buffer.alloc(12, 3));
  return d.final();
});
show('des-ede3-cbc key 16', () => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(16), Buffer.alloc(8)));
show('des-ede3-cbc iv 16', () => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(24), Buffer.alloc(16)));
show('des-ede3 with iv', () => crypto.createCipheriv('des-ede3', Buffer.alloc(24), Buffer.alloc(8)));
show('aes-128-ofb no padding', () => {
  const c = crypto.createCipheriv('aes-128-ofb', Buffer.alloc(16), Buffer.alloc(16));
  c.setAutoPadding(false);
  return Buffer.concat([c.update('abc'), c.final()]);
});

// RFC 3394 4.1 and RFC 5649 section 6.
const kek = Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex');
const a6 = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
show('wrap rfc 3394', () => {
  const c = crypto.createCipheriv('id-aes128-wrap', kek, a6);
  return Buffer.concat([c.update(Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex')), c.final()]);
});
const kek192 = Buffer.from('5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8', 'hex');
const a65959a6 = Buffer.from('a65959a6', 'hex');
show('wrap-pad rfc 5649 20 bytes', () =>
  crypto.createCipheriv('id-aes192-wrap-pad', kek192, a65959a6).update(Buffer.from('c37b7e6492584340bed12207808941155068f738', 'hex')));
show('wrap-pad rfc 5649 7 bytes', () =>
  crypto.createCipheriv('aes192-wrap-pad', kek192, a65959a6).update(Buffer.from('466f7250617369', 'hex')));
show('wrap each update its own message', () => {
  const c = crypto.createCipheriv('aes256-wrap', Buffer.alloc(32, 1), a6);
  return [c.update(Buffer.alloc(16, 2)), c.update(Buffer.alloc(24, 2)), c.final()].map(hex).join('|');
});
for (const length of [0, 8, 20]) {
  show(`wrap ${length} bytes`, () => crypto.createCipheriv('id-aes128-wrap', kek, a6).update(Buffer.alloc(length, 2)));
}
for (const length of [0, 1, 8, 9]) {
  show(`wrap-pad ${length} bytes`, () => crypto.createCipheriv('id-aes128-wrap-pad', kek, a65959a6).update(Buffer.alloc(length, 2)));
}
show('unwrap', () => {
  const wrapped = crypto.createCipheriv('id-aes128-wrap', kek, a6).update(Buffer.alloc(24, 3));
  const d = crypto.createDecipheriv('id-aes128-wrap', kek, a6);
  return [d.update(wrapped), d.final()].map(hex).join('|');
});
show('unwrap tampered', () => crypto.createDecipheriv('id-aes128-wrap', kek, a6).update(Buffer.alloc(24, 3)));
show('unwrap 16 bytes', () => crypto.createDecipheriv('id-aes128-wrap', kek, a6).update(Buffer.alloc(16, 3)));
for (const length of [1, 8, 13]) {
  show(`unwrap-pad ${length}`, () => {
    const wrapped = crypto.createCipheriv('id-aes128-wrap-pad', kek, a65959a6).update(Buffer.alloc(length, 3));
    return crypto.createDecipheriv('id-aes128-wrap-pad', kek, a65959a6).update(wrapped);
  });
}
show('unwrap-pad tampered', () => crypto.createDecipheriv('id-aes128-wrap-pad', kek, a65959a6).update(Buffer.alloc(16, 3)));
show('wrap iv 4', () => crypto.createCipheriv('id-aes128-wrap', kek, Buffer.alloc(4)));
show('wrap no iv', () => crypto.createCipheriv('id-aes128-wrap', kek, null));

const ours = ['aes-128-cfb', 'aes-128-cfb1', 'aes-128-cfb8', 'aes-128-ofb', 'aes-256-ocb', 'aes-192-ccm', 'aes128-wrap',
  'aes256-wrap-pad', 'des-ede', 'des-ede-cbc', 'des-ede-cfb', 'des-ede-ecb', 'des-ede-ofb', 'des-ede3', 'des-ede3-cbc',
  'des-ede3-cfb', 'des-ede3-cfb1', 'des-ede3-cfb8', 'des-ede3-ecb', 'des-ede3-ofb', 'des3', 'id-aes128-CCM',
  'id-aes128-GCM', 'id-aes128-wrap', 'id-aes192-wrap-pad'];
console.log('listed', crypto.getCiphers().filter((name) => ours.includes(name)).join(' '));
for (const name of ours) {
  const info = crypto.getCipherInfo(name);
  console.log('info', name, JSON.stringify(info), JSON.stringify(crypto.getCipherInfo(info.nid)) === JSON.stringify(info));
}
