// Hash.copy forks the running state; Hash and Hmac as classes and functions.
'use strict';
const crypto = require('crypto');

const base = crypto.createHash('sha256').update('hello ');
const copy = base.copy();
base.update('world');
copy.update('there');
console.log(base.digest('hex'));
console.log(copy.digest('hex'));
console.log(crypto.createHash('sha256').update('hello world').digest('hex'));
console.log(crypto.createHash('sha256').update('hello there').digest('hex'));

// A copy of a copy, and copying before any update.
const empty = crypto.createHash('md5');
const again = empty.copy().copy();
console.log(empty.digest('hex'), again.digest('hex'));

// Copies are independent after the original is finished.
const original = crypto.createHash('sha1').update('a');
const fork = original.copy();
original.digest();
console.log(fork.update('b').digest('hex') === crypto.createHash('sha1').update('ab').digest('hex'));

console.log(crypto.createHash('md5') instanceof crypto.Hash, crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
console.log(copy instanceof crypto.Hash, typeof crypto.Hash, typeof crypto.Hmac);
console.log(crypto.createHash.length, crypto.createHmac.length, crypto.hash.length, crypto.getHashes.length);
console.log(typeof crypto.createHash('md5').update, typeof crypto.createHash('md5').digest, typeof crypto.createHash('md5').copy);
console.log(typeof crypto.createHmac('md5', 'k').copy);
