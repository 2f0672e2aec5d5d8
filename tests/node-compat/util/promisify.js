// util.promisify (custom, multiple values, errors, the DEP0174 warning) and util.callbackify.
'use strict';

const util = require('util');

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

function callbackStyle(value, callback) {
  setImmediate(() => (value === 'fail' ? callback(new Error('failed')) : callback(null, value, 'extra')));
}
callbackStyle.extra = 'prop';
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');

(async () => {
  const promised = util.promisify(callbackStyle);
  console.log(typeof promised, promised.name, promised.length, promised.extra);
  console.log(await promised('ok'));
  try {
    await promised('fail');
  } catch (err) {
    console.log('rejected:', err.message);
  }
  const custom = util.promisify(withCustom);
  console.log(custom === withCustom[util.promisify.custom], await custom());
  console.log(util.promisify(promised) === promised, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const obj = {
    value: 7,
    get(callback) {
      callback(null, this.value);
    },
  };
  obj.getAsync = util.promisify(obj.get);
  console.log(await obj.getAsync());
  console.log(await util.promisify((cb) => cb(0, 'falsy error is success'))());
  const returnsPromise = util.promisify((cb) => {
    cb(null, 'done');
    return Promise.resolve();
  });
  console.log(await returnsPromise());
  for (const bad of [null, 'x', {}]) {
    try {
      util.promisify(bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  const badCustom = () => {};
  badCustom[util.promisify.custom] = 'nope';
  try {
    util.promisify(badCustom);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }

  async function asyncFn(a, b) {
    if (a === 'throw') throw new TypeError('async failure');
    if (a === 'null') throw null; // eslint-disable-line no-throw-literal
    return a + b;
  }
  const callbackified = util.callbackify(asyncFn);
  console.log(callbackified.name, callbackified.length);
  await new Promise((resolve) => callbackified(1, 2, (err, value) => {
    console.log('callback', err, value);
    resolve();
  }));
  await new Promise((resolve) => callbackified('throw', 0, (err) => {
    console.log('callback error', err.name, err.message);
    resolve();
  }));
  await new Promise((resolve) => callbackified('null', 0, (err) => {
    console.log('callback falsy', err.name, err.code, err.message, err.reason);
    resolve();
  }));
  const context = { n: 5 };
  context.run = util.callbackify(async function() {
    return this.n;
  });
  await new Promise((resolve) => context.run(function(err, value) {
    console.log('this kept', value, this === context);
    resolve();
  }));
  try {
    callbackified(1, 2);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    util.callbackify('x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
