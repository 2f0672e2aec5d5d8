// createHmac: argument errors, unknown digests, and use after digest.
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', Buffer.isBuffer(value) ? `Buffer ${value.toString('hex')}` : JSON.stringify(value) ?? typeof value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    console.log('  ', String(error), error instanceof TypeError);
  }
}

attempt('no args', () => crypto.createHmac());
attempt('number algorithm', () => crypto.createHmac(1, 'key'));
attempt('no key', () => crypto.createHmac('sha1'));
attempt('number key', () => crypto.createHmac('sha1', 12));
attempt('null key', () => crypto.createHmac('sha1', null));
attempt('array key', () => crypto.createHmac('sha1', [1, 2]));
attempt('object key', () => crypto.createHmac('sha1', {}));
attempt('unknown digest', () => crypto.createHmac('nope', 'key'));
attempt('unknown digest bad key', () => crypto.createHmac('nope', 12));
attempt('empty digest', () => crypto.createHmac('', 'key'));
attempt('encoding number', () => crypto.createHmac('sha1', 'key', { encoding: 5 }));
attempt('encoding unknown', () => crypto.createHmac('sha1', 'key', { encoding: 'bogus' }));
attempt('update number', () => crypto.createHmac('sha1', 'key').update(5));
attempt('update odd hex', () => crypto.createHmac('sha1', 'key').update('abc', 'hex'));

const mac = crypto.createHmac('sha256', 'key');
mac.update('data');
attempt('first digest', () => mac.digest('hex'));
attempt('second digest hex', () => mac.digest('hex'));
attempt('second digest buffer', () => mac.digest());
attempt('second digest base64', () => mac.digest('base64'));
attempt('second digest "buffer"', () => mac.digest('buffer'));
attempt('second digest unknown', () => mac.digest('bogus'));
attempt('update after digest', () => mac.update('more'));
