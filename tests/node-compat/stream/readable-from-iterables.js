// Readable.from over arrays, sync generators, strings, Buffers and arrays of promises.
'use strict';
const { Readable } = require('stream');

async function collect(name, stream) {
  const out = [];
  for await (const chunk of stream) out.push(Buffer.isBuffer(chunk) ? `<Buffer ${chunk.toString()}>` : chunk);
  console.log(name, JSON.stringify(out), 'objectMode', stream.readableObjectMode, 'hwm', stream.readableHighWaterMark);
}

function* gen() {
  yield 'a';
  yield 'b';
}

(async () => {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('generator', Readable.from(gen()));
  await collect('string', Readable.from('whole string'));
  await collect('buffer', Readable.from(Buffer.from('bytes')));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
  await collect('bytes mode', Readable.from(['x', 'y'], { objectMode: false }));
  try {
    Readable.from(42);
  } catch (err) {
    console.log('not iterable', err.code, err.message);
  }
})();
