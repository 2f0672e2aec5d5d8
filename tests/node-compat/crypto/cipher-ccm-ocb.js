// AES-CCM and AES-OCB through createCipheriv/createDecipheriv: Node's rules
// for authTagLength (required, the lengths each mode takes), CCM's
// plaintextLength and message limits, one update per CCM message, OCB's
// whole-block streaming, tags in and out, and the failures OpenSSL reports.
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
const key = Buffer.alloc(16, 1);
const iv12 = Buffer.alloc(12);
const ccm = (options, encrypt = true, iv = iv12, k = key) =>
  (encrypt ? crypto.createCipheriv : crypto.createDecipheriv)('aes-128-ccm', k, iv, options);

show('ccm no tag length', () => ccm());
show('ccm decipher no tag length', () => ccm(undefined, false));
for (const authTagLength of [-1, 1.5, '8', 5, 17, 0, 4, 6, 16]) {
  show(`ccm authTagLength ${JSON.stringify(authTagLength)}`, () => ccm({ authTagLength }) && 'made');
}
for (const n of [6, 7, 13, 14]) show(`ccm iv ${n}`, () => ccm({ authTagLength: 8 }, true, Buffer.alloc(n)) && 'made');
show('ccm iv and key wrong', () => ccm({ authTagLength: 8 }, true, Buffer.alloc(3), Buffer.alloc(5)));
show('ccm key wrong', () => ccm({ authTagLength: 8 }, true, iv12, Buffer.alloc(5)));
show('ccm tag wrong and key wrong', () => ccm({ authTagLength: 5 }, true, iv12, Buffer.alloc(5)));

show('ccm seal', () => {
  const c = ccm({ authTagLength: 16 });
  c.setAAD(Buffer.from('header'), { plaintextLength: 5 });
  return [hex(c.update('hello')), hex(c.final()), hex(c.getAuthTag())].join(' ');
});
show('ccm seal without aad', () => {
  const c = ccm({ authTagLength: 8 });
  return [hex(c.update('hello')), hex(c.final()), hex(c.getAuthTag())].join(' ');
});
show('ccm seal long aad and text', () => {
  const c = crypto.createCipheriv('aes-256-ccm', Buffer.alloc(32, 9), Buffer.alloc(7, 3), { authTagLength: 14 });
  c.setAAD(Buffer.alloc(70000, 5), { plaintextLength: 100 });
  const out = c.update(Buffer.alloc(100, 6));
  c.final();
  return `${hex(out.subarray(0, 16))}... ${hex(c.getAuthTag())}`;
});
show('ccm last setAAD counts', () => {
  const c = ccm({ authTagLength: 8 });
  c.setAAD(Buffer.from('a'), { plaintextLength: 2 });
  c.setAAD(Buffer.from('b'), { plaintextLength: 2 });
  c.update('ab');
  c.final();
  return c.getAuthTag();
});
show('ccm empty update', () => {
  const c = ccm({ authTagLength: 8 });
  c.update('');
  c.final();
  return c.getAuthTag();
});
show('ccm second update', () => {
  const c = ccm({ authTagLength: 8 });
  c.update('ab');
  return c.update('cd');
});
show('ccm update not plaintextLength', () => {
  const c = ccm({ authTagLength: 8 });
  c.setAAD(Buffer.from('a'), { plaintextLength: 3 });
  return c.update('ab');
});
show('ccm final without text', () => ccm({ authTagLength: 8 }).final());
show('ccm tag before final', () => {
  const c = ccm({ authTagLength: 8 });
  c.update('ab');
  return c.getAuthTag();
});
show('ccm setAAD without plaintextLength', () => ccm({ authTagLength: 8 }).setAAD(Buffer.from('x')));
for (const plaintextLength of [-1, 1.5, null]) {
  show(`ccm plaintextLength ${plaintextLength}`, () => ccm({ authTagLength: 8 }).setAAD(Buffer.from('x'), { plaintextLength }) && 'set');
}
show('ccm iv 13 limit', () => ccm({ authTagLength: 8 }, true, Buffer.alloc(13)).setAAD(Buffer.alloc(0), { plaintextLength: 65536 }));
show('ccm iv 13 update limit', () => ccm({ authTagLength: 8 }, true, Buffer.alloc(13)).update(Buffer.alloc(65536)));
show('ccm iv 13 at the limit', () => {
  const c = ccm({ authTagLength: 8 }, true, Buffer.alloc(13));
  c.setAAD(Buffer.alloc(0), { plaintextLength: 65535 });
  return c.update(Buffer.alloc(65535)).length;
});

const sealed = (() => {
  const c = ccm({ authTagLength: 10 });
  c.setAAD(Buffer.from('hdr'), { plaintextLength: 7 });
  const ct = c.update('message');
  c.final();
  return { ct, tag: c.getAuthTag() };
})();
show('ccm open', () => {
  const d = ccm({ authTagLength: 10 }, false);
  d.setAuthTag(sealed.tag);
  d.setAAD(Buffer.from('hdr'), { plaintextLength: 7 });
  return d.update(sealed.ct, undefined, 'utf8') + d.final('utf8');
});
show('ccm open wrong tag', () => {
  const d = ccm({ authTagLength: 10 }, false);
  d.setAuthTag(Buffer.alloc(10));
  d.setAAD(Buffer.from('hdr'), { plaintextLength: 7 });
  console.log('  update gives', hex(d.update(sealed.ct)));
  return d.final();
});
show('ccm open without tag', () => {
  const d = ccm({ authTagLength: 10 }, false);
  d.setAAD(Buffer.from('hdr'), { plaintextLength: 7 });
  d.update(sealed.ct);
  return d.final();
});
show('ccm open tag of another length', () => ccm({ authTagLength: 10 }, false).setAuthTag(Buffer.alloc(8)));
show('ccm open tag twice', () => ccm({ authTagLength: 10 }, false).setAuthTag(sealed.tag).setAuthTag(sealed.tag));
show('ccm open nothing', () => {
  const d = ccm({ authTagLength: 10 }, false);
  d.setAuthTag(Buffer.alloc(10));
  return d.final();
});
show('ccm getCipherInfo', () => JSON.stringify(crypto.getCipherInfo('aes-192-ccm')));
show('ccm getCipherInfo ivs', () => [6, 7, 13, 14].map((ivLength) => !!crypto.getCipherInfo('aes-128-ccm', { ivLength })).join());

const ocb = (options, encrypt = true, iv = iv12) =>
  (encrypt ? crypto.createCipheriv : crypto.createDecipheriv)('aes-128-ocb', key, iv, options);
show('ocb no tag length', () => ocb());
for (const authTagLength of [17, 16, 8, 1]) show(`ocb authTagLength ${authTagLength}`, () => ocb({ authTagLength }) && 'made');
for (const n of [1, 15, 16]) show(`ocb iv ${n}`, () => ocb({ authTagLength: 16 }, true, Buffer.alloc(n)) && 'made');
// RFC 7253 appendix A: key 000102...0f, nonce bbaa99887766554433221100.
const rfcKey = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const rfcIv = (n) => Buffer.from(`bbaa9988776655443322110${n}`, 'hex');
const rfcData = (length) => Buffer.from(Array.from({ length }, (_, i) => i));
for (const [n, aadLength, textLength] of [[0, 0, 0], [1, 8, 8], [2, 8, 0], [3, 0, 8], [4, 16, 16], [5, 16, 0], [6, 0, 16], [7, 24, 24], [0xd, 40, 40]]) {
  show(`ocb rfc 7253 #${n}`, () => {
    const c = crypto.createCipheriv('aes-128-ocb', rfcKey, rfcIv(n.toString(16).slice(-1)), { authTagLength: 16 });
    if (aadLength) c.setAAD(rfcData(aadLength));
    const out = Buffer.concat([c.update(rfcData(textLength)), c.final()]);
    return `${hex(out)} ${hex(c.getAuthTag())}`;
  });
}
show('ocb streams whole blocks', () => {
  const c = ocb({ authTagLength: 16 });
  return [c.update(Buffer.alloc(11, 2)), c.update(Buffer.alloc(11, 2)), c.update(Buffer.alloc(20, 2)), c.final(), c.getAuthTag()]
    .map(hex).join('|');
});
show('ocb short tag and nonce, aad in pieces, aad late', () => {
  const c = crypto.createCipheriv('aes-192-ocb', Buffer.alloc(24, 3), Buffer.alloc(5, 4), { authTagLength: 8 });
  c.setAAD(Buffer.alloc(7, 1));
  const first = c.update(Buffer.alloc(40, 2));
  c.setAAD(Buffer.alloc(20, 1));
  return [first, c.final(), c.getAuthTag()].map(hex).join('|');
});
show('ocb round trip', () => {
  const c = ocb({ authTagLength: 12 });
  c.setAAD(Buffer.from('aad'));
  const ct = Buffer.concat([c.update('The quick brown fox jumps over the lazy dog'), c.final()]);
  const d = ocb({ authTagLength: 12 }, false);
  d.setAAD(Buffer.from('aad'));
  const first = d.update(ct.subarray(0, 20));
  d.setAuthTag(c.getAuthTag());
  return Buffer.concat([first, d.update(ct.subarray(20)), d.final()]).toString();
});
show('ocb wrong tag', () => {
  const d = ocb({ authTagLength: 16 }, false);
  d.setAuthTag(Buffer.alloc(16));
  d.update(Buffer.alloc(20));
  return d.final();
});
show('ocb getCipherInfo', () => JSON.stringify(crypto.getCipherInfo('aes-256-ocb')));
show('ocb getCipherInfo ivs', () => [0, 1, 15, 16].map((ivLength) => !!crypto.getCipherInfo('aes-128-ocb', { ivLength })).join());
