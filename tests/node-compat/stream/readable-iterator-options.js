// readable.iterator(): options validation and reading an already ended stream.
'use strict';
const { Readable } = require('stream');

(async () => {
  try {
    Readable.from([]).iterator('bad');
  } catch (err) {
    console.log('bad options', err.code);
  }
  const r = new Readable({ read() {} });
  r.push('a');
  r.push('b');
  r.push(null);
  const it = r.iterator();
  console.log('stream prop', it.stream === r);
  console.log(String((await it.next()).value), (await it.next()).done);
  const again = [];
  for await (const x of Readable.from(['only'])) again.push(x);
  console.log(again);
})();
