// buf.write in every encoding and argument shape, whole characters only, and the encoding-named write/slice methods.
'use strict';
const t = (label, fn) => {
  try {
    const buf = Buffer.alloc(8, 0x2e);
    const result = fn(buf);
    console.log(label, result, buf.toString('hex'));
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const strings = ['abc', 'héllo', '€€€', '😀😀', '\ud800\ud800', 'abcdefghijk', 'QUJDREVG', 'a1b2c3d4e5', ''];
const shapes = [[], [2], [2, 3], [2, 'latin1'], ['hex'], [0, 8, 'ucs2'], [1, 5, 'utf8'], [7], [8], [1, 1, 'base64'],
  [0, 3, 'base64url'], [0, 0], [3, 'ascii'], [9], [-1], [0, 9], [1.5], ['1'], [0, 2, 'nope'], [undefined, 2]];
for (const string of strings) {
  for (const shape of shapes) t(`${JSON.stringify(string)} ${JSON.stringify(shape)}`, (buf) => buf.write(string, ...shape));
}
t('not a string', (buf) => buf.write(5));
t('not a string hex', (buf) => buf.write(5, 0, 2, 'hex'));
t('object', (buf) => buf.write({}, 'latin1'));
const methods = ['utf8Write', 'ucs2Write', 'latin1Write', 'asciiWrite', 'hexWrite', 'base64Write', 'base64urlWrite'];
for (const method of methods) {
  for (const args of [['ab12'], ['ab12', 1], ['ab12', 1, 1], ['ab12', 9], ['ab12', -1], ['ab12', 0, 20], [5], ['é€', 0, 3]]) {
    t(`${method} ${JSON.stringify(args)}`, (buf) => buf[method](...args));
  }
}
const bytes = Buffer.from('héllo €', 'utf8');
for (const method of ['utf8Slice', 'ucs2Slice', 'latin1Slice', 'asciiSlice', 'hexSlice', 'base64Slice', 'base64urlSlice']) {
  for (const args of [[], [1], [1, 4], [4, 1], [-1], [0, 100], ['2', '5'], [NaN, 3], [1.9, 3.9]]) {
    try {
      console.log(method, JSON.stringify(args), JSON.stringify(bytes[method](...args)));
    } catch (err) {
      console.log(method, JSON.stringify(args), 'throws', err.name, err.code, err.message);
    }
  }
}
try {
  Buffer.prototype.hexSlice.call({});
} catch (err) {
  console.log('hexSlice on object', err.name, err.code, err.message);
}
console.log('hexSlice on Uint16Array', Buffer.prototype.hexSlice.call(new Uint16Array([0x102])));
