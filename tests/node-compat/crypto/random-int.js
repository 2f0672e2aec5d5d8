// randomInt: results stay in [min, max), every value of a small range appears; argument errors.
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', typeof value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

function draws(count, ...range) {
  const values = [];
  for (let i = 0; i < count; i++) values.push(crypto.randomInt(...range));
  return values;
}

{
  const values = draws(600, 3);
  console.log('max only', values.every((v) => Number.isInteger(v) && v >= 0 && v < 3), [...new Set(values)].sort().join(','));
}
{
  const values = draws(600, -2, 2);
  console.log('negative min', values.every((v) => v >= -2 && v < 2), [...new Set(values)].sort((a, b) => a - b).join(','));
}
{
  const values = draws(50, 10, 11);
  console.log('single value', values.every((v) => v === 10));
}
{
  const big = 2 ** 48 - 1;
  const values = draws(200, big);
  console.log('widest range', values.every((v) => Number.isSafeInteger(v) && v >= 0 && v < big));
}
{
  const min = -(2 ** 47);
  const values = draws(200, min, min + 2 ** 48 - 1);
  console.log('widest with min', values.every((v) => v >= min && v < min + 2 ** 48 - 1));
}
{
  const values = draws(200, Number.MAX_SAFE_INTEGER - 5, Number.MAX_SAFE_INTEGER);
  console.log('near max safe', values.every((v) => v >= Number.MAX_SAFE_INTEGER - 5 && v < Number.MAX_SAFE_INTEGER));
}

attempt('max 0', () => crypto.randomInt(0));
attempt('max negative', () => crypto.randomInt(-5));
attempt('min equals max', () => crypto.randomInt(5, 5));
attempt('min above max', () => crypto.randomInt(6, 5));
attempt('fraction max', () => crypto.randomInt(10.5));
attempt('fraction min', () => crypto.randomInt(0.5, 10));
attempt('string max', () => crypto.randomInt('10'));
attempt('string min', () => crypto.randomInt('1', 10));
attempt('unsafe max', () => crypto.randomInt(2 ** 53));
attempt('NaN', () => crypto.randomInt(NaN));
attempt('Infinity', () => crypto.randomInt(Infinity));
attempt('range too wide', () => crypto.randomInt(2 ** 48));
attempt('range too wide with min', () => crypto.randomInt(-1, 2 ** 48 - 1));
attempt('bad callback', () => crypto.randomInt(1, 10, 'cb'));
attempt('bad callback max only', () => crypto.randomInt(10, null));
attempt('no args', () => crypto.randomInt());
console.log(crypto.randomInt.length);

let sync = true;
const returned = crypto.randomInt(5, (error, n) => {
  console.log('callback max only', sync, error, n >= 0 && n < 5);
  crypto.randomInt(100, 102, (error2, m) => {
    console.log('callback min max', error2, m === 100 || m === 101);
  });
});
console.log('returned', returned);
sync = false;
