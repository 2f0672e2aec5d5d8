// Packages that lean on Node's core modules, unmodified from npm: debug
// (util.inspect, tty, env), qs (parsing with prototypes and arrays),
// safe-buffer, iconv-lite (Buffer encodings), uuid (crypto random and
// hashes), cookie-signature (HMAC and timingSafeEqual).
process.env.DEBUG_HIDE_DATE = 'true';
process.env.DEBUG_COLORS = 'false';
const util = require('util');

const debug = require('debug');
debug.enable('app:*,-app:quiet');
const log = debug('app:main');
log.log = (...args) => console.log('[debug]', util.format(...args));
log('user %s has %d items %o', 'ada', 3, { nested: { deep: [1, 2] } });
console.log(debug.enabled('app:main'), debug.enabled('app:quiet'), debug.enabled('other'));
log.extend('child')('from %j', { child: true });

const qs = require('qs');
console.log(JSON.stringify(qs.parse('a[b][c]=1&a[d][]=2&a[d][]=3&e=x%20y&f[0]=p&f[1]=q')));
console.log(qs.stringify({ a: { b: [1, 2], c: 'd e' }, f: null, g: true }, { encodeValuesOnly: true }));
console.log(JSON.stringify(qs.parse('__proto__[polluted]=yes&toString=1')), {}.polluted);

const { Buffer: SafeBuffer } = require('safe-buffer');
console.log(SafeBuffer === Buffer, SafeBuffer.alloc(3, 'ab').toString('hex'), SafeBuffer.from('héllo', 'latin1').length);

const iconv = require('iconv-lite');
const cyrillic = iconv.encode('Привет', 'win1251');
console.log(cyrillic.toString('hex'), iconv.decode(cyrillic, 'win1251'), iconv.encodingExists('koi8-r'));
console.log(iconv.decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf16'), iconv.encode('é', 'utf16-be').toString('hex'));

const uuid = require('uuid');
const random = uuid.v4();
console.log(uuid.validate(random), uuid.version(random), random.length);
console.log(uuid.v5('https://example.com/', uuid.v5.URL), uuid.v3('hello', uuid.v3.DNS));
console.log(uuid.version(uuid.v7()), uuid.NIL, uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8').length);

const signature = require('cookie-signature');
const signed = signature.sign('session-id', 'keyboard cat');
console.log(signed, signature.unsign(signed, 'keyboard cat'), signature.unsign(signed, 'wrong'), signature.unsign(`${signed}x`, 'keyboard cat'));
