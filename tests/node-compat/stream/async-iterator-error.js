// An error destroying the stream rejects the pending for await; a throw in the loop body destroys it.
'use strict';
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.push('first');
  setImmediate(() => r.destroy(new Error('boom')));
  try {
    for await (const chunk of r) console.log('got', chunk.toString());
  } catch (err) {
    console.log('caught', err.message, 'destroyed', r.destroyed);
  }

  const s = Readable.from(['x', 'y', 'z']);
  s.on('close', () => console.log('s close'));
  try {
    for await (const v of s) {
      console.log('s got', v);
      throw new Error('in body');
    }
  } catch (err) {
    // (Checked a turn later: QuickJS does not await return() when a for await body throws.)
    await new Promise((resolve) => setImmediate(resolve));
    console.log('caught', err.message, 'destroyed', s.destroyed);
  }
})();
