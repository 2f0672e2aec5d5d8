// util.aborted and util.transferableAbortSignal reject what is not an AbortSignal.
'use strict';

const util = require('util');

(async () => {
  for (const [signal, resource] of [[{}, {}], [undefined, {}], [null, {}], ['signal', {}]]) {
    try {
      await util.aborted(signal, resource);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  const pending = util.aborted({}, {});
  pending.catch(() => {});
  console.log(pending instanceof Promise);
  try {
    util.transferableAbortSignal({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
