// Promise-returning operators: reduce, some, every, find, forEach, toArray, and reduce of an empty stream.
'use strict';
const { Readable } = require('stream');

(async () => {
  const nums = () => Readable.from([3, 1, 4, 1, 5]);
  console.log('reduce', await nums().reduce((a, b) => a + b, 0));
  console.log('reduce no initial', await nums().reduce((a, b) => a * b));
  console.log('some', await nums().some((x) => x > 4), await nums().some((x) => x > 9));
  console.log('every', await nums().every((x) => x > 0), await nums().every((x) => x > 1));
  console.log('find', await nums().find((x) => x > 3), await nums().find((x) => x > 9));
  const seen = [];
  console.log('forEach', await nums().forEach((x) => seen.push(x)), seen);
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (err) {
    console.log('empty reduce', err.name, err.code, err.message);
  }
  const s = nums();
  console.log('some stops early', await s.some((x) => x === 4), 'destroyed', s.destroyed);
})();
