// compose(): several streams and generator functions as one Duplex.
'use strict';
const { compose, Transform, Readable } = require('stream');

const double = new Transform({
  objectMode: true,
  transform(chunk, encoding, cb) {
    cb(null, chunk * 2);
  },
});
const composed = compose(double, async function* (source) {
  for await (const n of source) yield `<${n}>`;
});
(async () => {
  console.log('is duplex', typeof composed.write, typeof composed.read);
  const result = Readable.from([1, 2, 3]).pipe(composed);
  console.log('composed', await result.toArray());
  const viaMethod = await Readable.from([5]).compose(async function* (source) {
    for await (const v of source) yield v + 1;
  }).toArray();
  console.log('readable.compose', viaMethod);
  try {
    compose();
  } catch (err) {
    console.log('no streams', err.code);
  }
})();
