// createHash and Hash: argument errors, unknown algorithms, use after digest.
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', Buffer.isBuffer(value) ? value.toString('hex') : typeof value === 'string' ? value : typeof value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    console.log('  ', String(error), error instanceof TypeError, error instanceof RangeError, Object.keys(error).join(','));
  }
}

attempt('no algorithm', () => crypto.createHash());
attempt('number algorithm', () => crypto.createHash(123));
attempt('object algorithm', () => crypto.createHash({}));
attempt('unknown', () => crypto.createHash('nope'));
attempt('empty name', () => crypto.createHash(''));
attempt('sha512/224 spelling', () => crypto.createHash('sha512/224'));

attempt('update number', () => crypto.createHash('md5').update(1));
attempt('update nothing', () => crypto.createHash('md5').update());
attempt('update null', () => crypto.createHash('md5').update(null));
attempt('update object', () => crypto.createHash('md5').update({ length: 2 }));
attempt('update array', () => crypto.createHash('md5').update([1, 2]));
attempt('update ArrayBuffer', () => crypto.createHash('md5').update(new ArrayBuffer(2)));
attempt('update odd hex', () => crypto.createHash('md5').update('abc', 'hex'));
attempt('update odd HEX', () => crypto.createHash('md5').update('abc', 'HEX'));
attempt('update even hex', () => crypto.createHash('md5').update('abcd', 'hex').digest('hex'));

const done = crypto.createHash('sha1');
done.update('x');
attempt('first digest', () => done.digest('hex'));
attempt('digest again', () => done.digest('hex'));
attempt('update after digest', () => done.update('y'));
attempt('copy after digest', () => done.copy());

attempt('outputLength equal', () => crypto.createHash('sha256', { outputLength: 32 }).update('x').digest('hex'));
attempt('outputLength other', () => crypto.createHash('sha256', { outputLength: 16 }));
attempt('outputLength zero', () => crypto.createHash('md5', { outputLength: 0 }));
attempt('outputLength negative', () => crypto.createHash('md5', { outputLength: -1 }));
attempt('outputLength fraction', () => crypto.createHash('md5', { outputLength: 1.5 }));
attempt('outputLength string', () => crypto.createHash('md5', { outputLength: '16' }));
attempt('options null', () => crypto.createHash('md5', null).digest('hex'));
attempt('options number', () => crypto.createHash('md5', 5).digest('hex'));
attempt('copy outputLength other', () => crypto.createHash('md5').copy({ outputLength: 3 }));

const error = (() => {
  try {
    crypto.createHash('md5').digest() && crypto.createHash('nope');
  } catch (e) {
    return e;
  }
})();
console.log(error instanceof Error, error.constructor === Error, 'code' in error);
