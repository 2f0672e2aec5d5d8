// tls without sockets: getCiphers, the DEFAULT_* settings, getCACertificates'
// argument checks, checkServerIdentity (CN, wildcards, DNS and IP alt names,
// quoted alt names) and convertALPNProtocols, compared with Node 24.
const tls = require('tls');
const show = (label, fn) => { try { const v = fn(); console.log(label, v === undefined ? 'undefined' : v instanceof Error ? `${v.name} ${v.code} ${v.message} reason=${v.reason} host=${v.host}` : v); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const keys = Object.keys(tls);
console.log(keys.join(' '));
show('ciphers', () => JSON.stringify(tls.getCiphers()).length);
show('copy', () => tls.getCiphers() !== tls.getCiphers());
for (const k of ['CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']) show(k, () => tls[k]);
show('getCACertificates bad', () => tls.getCACertificates('nope'));
show('getCACertificates num', () => tls.getCACertificates(1));
show('frozen', () => Object.isFrozen(tls.rootCertificates) && Array.isArray(tls.rootCertificates));
const cases = [
  ['a.com', { subject: { CN: 'a.com' } }],
  ['A.COM.', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', { subject: { CN: ['b.com', 'a.com'] } }],
  ['www.a.com', { subject: { CN: '*.a.com' } }],
  ['a.com', { subject: { CN: '*.com' } }],
  ['x.y.a.com', { subject: { CN: '*.a.com' } }],
  ['foo.a.com', { subject: { CN: 'f*.a.com' } }],
  ['bar.a.com', { subject: { CN: 'f*.a.com' } }],
  ['xn--abc.a.com', { subject: { CN: 'xn--*.a.com' } }],
  ['a.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com' }],
  ['b.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com, DNS:c.com' }],
  ['c.com', { subjectaltname: 'DNS:b.com, DNS:*.c.com' }],
  ['a.c.com', { subjectaltname: 'DNS:b.com, DNS:*.c.com' }],
  ['8.8.8.8', { subject: { CN: '8.8.8.8' } }],
  ['8.8.8.8', { subjectaltname: 'IP Address:8.8.8.8' }],
  ['8.8.8.8', { subjectaltname: 'IP Address:8.8.4.4, DNS:8.8.8.8' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['2001:db8::1', { subjectaltname: 'IP Address:2001:DB8:0:0:0:0:0:1' }],
  ['2001:db8:0:0:1::', { subjectaltname: 'IP Address:2001:DB8:0:0:1:0:0:0, IP Address:::FFFF:1.2.3.4, IP Address:1:0:0:2:0:0:0:3' }],
  ['a.com', {}],
  ['a.com', { subjectaltname: 'DNS:"a.com, evil"' }],
  ['a.com, evil', { subjectaltname: 'DNS:"a.com, evil", DNS:x.com' }],
  ['a.com', { subjectaltname: 'DNS:"bad' }],
  ['a.com', { subjectaltname: 'URI:http://a.com/' }],
];
for (const [host, cert] of cases) show(`check ${host} ${JSON.stringify(cert)}`, () => tls.checkServerIdentity(host, cert));
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out); show('alpn', () => out.ALPNProtocols.toString('hex'));
tls.convertALPNProtocols(new Uint16Array([0x0201]), out); show('alpn view', () => out.ALPNProtocols.toString('hex'));
show('alpn long', () => tls.convertALPNProtocols(['x'.repeat(256)], {}));
show('builtin', () => require('module').isBuiltin('tls') && require('node:tls') === tls);
