// pipeline() with an async generator source, generator transforms and an async function destination.
'use strict';
const { pipeline } = require('stream');

pipeline(
  async function* () {
    yield 'hello';
    yield 'world';
  },
  async function* (source, { signal }) {
    console.log('transform signal aborted', signal.aborted);
    for await (const chunk of source) yield chunk.toUpperCase();
  },
  async function (source) {
    const parts = [];
    for await (const chunk of source) parts.push(chunk);
    return parts.join(' ');
  },
  (err, value) => {
    console.log('done', err, value);
  },
);

pipeline(
  [1, 2, 3],
  async function* (source) {
    for await (const n of source) {
      if (n === 2) throw new Error('generator failed');
      yield n;
    }
  },
  async function (source) {
    for await (const n of source) console.log('sink got', n);
  },
  (err) => console.log('failed pipeline', err.message),
);
