// Symbol.asyncDispose on streams: destroys an unfinished stream with an AbortError and resolves after 'close'.
'use strict';
const { Readable, Writable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.on('error', (err) => console.log('r error', err.name));
  r.on('close', () => console.log('r close'));
  await r[Symbol.asyncDispose]();
  console.log('r disposed', r.destroyed, r.errored && r.errored.name);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => console.log('w error', err.name));
  await w[Symbol.asyncDispose]();
  console.log('w disposed', w.destroyed);

  const ended = Readable.from(['a']);
  await ended.toArray();
  await ended[Symbol.asyncDispose]();
  console.log('ended disposed', ended.destroyed, ended.errored);
})();
