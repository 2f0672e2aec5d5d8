// Stream-returning operators: map, filter, flatMap, take, drop, chained, ending in toArray.
'use strict';
const { Readable } = require('stream');

(async () => {
  const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
  console.log('map', await nums().map((x) => x * 10).toArray());
  console.log('async map', await nums().map(async (x) => {
    await new Promise((resolve) => setImmediate(resolve));
    return x + 0.5;
  }).toArray());
  console.log('filter', await nums().filter((x) => x % 2 === 0).toArray());
  console.log('flatMap', await nums().take(3).flatMap((x) => [x, x]).toArray());
  console.log('take', await nums().take(2).toArray());
  console.log('drop', await nums().drop(4).toArray());
  console.log('chain', await nums().drop(1).filter((x) => x < 5).map((x) => `#${x}`).toArray());
  const mapped = nums().map((x) => x);
  console.log('map returns Readable', mapped instanceof Readable, 'objectMode', mapped.readableObjectMode);
  await mapped.toArray();
  try {
    nums().map(42);
  } catch (err) {
    console.log('bad fn', err.code, err.message);
  }
  try {
    nums().take(-1);
  } catch (err) {
    console.log('bad take', err.code);
  }
  try {
    // eslint-disable-next-line no-new
    new (Readable.prototype.map)();
  } catch (err) {
    console.log('new operator', err.code);
  }
  console.log('names', Readable.prototype.map.name, Readable.prototype.toArray.name, Readable.prototype.map.length);
})();
