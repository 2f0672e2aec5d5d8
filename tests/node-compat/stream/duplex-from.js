// Duplex.from: an async generator function, an iterable, a promise, a { readable, writable } pair, a stream.
'use strict';
const { Duplex, Readable, Writable, PassThrough } = require('stream');

(async () => {
  const upper = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  upper.write('ab');
  upper.end('cd');
  console.log('generator', await upper.toArray());

  const fromIterable = Duplex.from(['x', 'y']);
  console.log('iterable', fromIterable.writable, await fromIterable.toArray());

  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  console.log('promise', await fromPromise.toArray());

  const collected = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({
      objectMode: true,
      write(chunk, encoding, cb) {
        collected.push(chunk);
        cb();
      },
    }),
  });
  pair.write('w1');
  pair.end();
  console.log('pair read', await pair.toArray());
  await new Promise((resolve) => setImmediate(resolve));
  console.log('pair wrote', collected);

  const pt = new PassThrough();
  console.log('stream returned as is', Duplex.from(pt) === pt);

  const sink = Duplex.from(async function (source) {
    let n = 0;
    for await (const chunk of source) n += chunk.length;
    console.log('async fn consumed', n);
  });
  sink.on('finish', () => console.log('sink finish'));
  sink.write('12345');
  sink.end('678');
  try {
    Duplex.from(42);
  } catch (err) {
    console.log('invalid', err.code);
  }
})();
