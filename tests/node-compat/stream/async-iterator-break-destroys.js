// Breaking out of for await destroys the stream (unless destroyOnReturn: false) and 'close' follows.
'use strict';
const { Readable } = require('stream');

function counter(name) {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      this.push(i++);
    },
    destroy(err, cb) {
      console.log(name, '_destroy', err && err.name, err && err.code);
      cb(err);
    },
  });
  r.on('close', () => console.log(name, 'close'));
  r.on('error', (err) => console.log(name, 'error', err.code));
  return r;
}

(async () => {
  const a = counter('a');
  for await (const v of a) {
    console.log('a got', v);
    if (v === 2) break;
  }
  console.log('a after loop destroyed', a.destroyed);

  const b = counter('b');
  for await (const v of b.iterator({ destroyOnReturn: false })) {
    console.log('b got', v);
    if (v === 1) break;
  }
  console.log('b after loop destroyed', b.destroyed, 'next read', b.read());
  b.destroy();
  await new Promise((resolve) => setImmediate(resolve));
  console.log('done');
})();
