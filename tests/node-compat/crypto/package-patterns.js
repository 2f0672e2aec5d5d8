// How packages that load crypto at start-up use it: etag, cookie-signature, uuid v4, csrf-style tokens.
'use strict';
const crypto = require('crypto');

// etag: a weak-free tag from the body's SHA-1 in base64, first 27 characters.
function entityTag(entity) {
  if (entity.length === 0) return '"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  const hash = crypto.createHash('sha1').update(entity, 'utf8').digest('base64').substring(0, 27);
  const len = typeof entity === 'string' ? Buffer.byteLength(entity, 'utf8') : entity.length;
  return `"${len.toString(16)}-${hash}"`;
}
console.log(entityTag(''), entityTag('Hello World! Node.js is running.'), entityTag(Buffer.from('<h1>hi</h1>')));

// cookie-signature: value.base64(hmac-sha256) without padding, checked in constant time.
function sign(value, secret) {
  return `${value}.${crypto.createHmac('sha256', secret).update(value).digest('base64').replace(/=+$/, '')}`;
}
function unsign(input, secret) {
  const tentative = input.slice(0, input.lastIndexOf('.'));
  const expected = Buffer.from(sign(tentative, secret));
  const given = Buffer.from(input);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? tentative : false;
}
const signed = sign('s:session-id-123', 'keyboard cat');
console.log(signed, unsign(signed, 'keyboard cat'), unsign(signed, 'other secret'), unsign(`${signed}x`, 'keyboard cat'));

// uuid v4 (as the uuid package does): a pool filled by randomFillSync, then bits fixed.
const pool = new Uint8Array(256);
let poolPtr = pool.length;
function rng() {
  if (poolPtr > pool.length - 16) {
    crypto.randomFillSync(pool);
    poolPtr = 0;
  }
  return pool.slice(poolPtr, (poolPtr += 16));
}
function v4() {
  const rnds = rng();
  rnds[6] = (rnds[6] & 0x0f) | 0x40;
  rnds[8] = (rnds[8] & 0x3f) | 0x80;
  const hex = Buffer.from(rnds).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const ids = Array.from({ length: 50 }, v4);
console.log(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)), new Set(ids).size);
// uuid also prefers the native one when it exists.
console.log(typeof crypto.randomUUID === 'function');

// Tokens: random bytes as hex and base64url, with the lengths those give.
console.log(crypto.randomBytes(24).toString('hex').length, crypto.randomBytes(32).toString('base64url').length);

// Content hashes for caches and ETags: md5 hex, sha256 base64 of JSON.
console.log(crypto.createHash('md5').update(JSON.stringify({ a: 1, b: [2, 3] })).digest('hex'));
console.log(crypto.createHash('sha256').update(JSON.stringify({ name: 'nodeling' })).digest('base64'));
