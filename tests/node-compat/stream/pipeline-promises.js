// stream/promises: pipeline() resolves or rejects; finished() waits for a stream; options { end: false }.
'use strict';
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
const streamPromises = require('stream').promises;

(async () => {
  console.log('same module', streamPromises.pipeline === pipeline);
  const chunks = [];
  await pipeline(Readable.from(['x', 'y']), new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      chunks.push(chunk);
      cb();
    },
  }));
  console.log('resolved', chunks);

  try {
    await pipeline(Readable.from(['x']), new Writable({
      write(chunk, encoding, cb) {
        cb(new Error('sink failed'));
      },
    }));
  } catch (err) {
    console.log('rejected', err.message);
  }

  const pt = new PassThrough();
  await pipeline(Readable.from(['keep']), pt, { end: false });
  console.log('end false: writable', pt.writable, 'buffered', pt.readableLength);

  const r = Readable.from(['a']);
  r.resume();
  await finished(r);
  console.log('finished resolved, ended', r.readableEnded);
  const util = require('util');
  console.log('promisify', util.promisify(require('stream').pipeline) === pipeline,
    util.promisify(require('stream').finished) === finished);
})();
