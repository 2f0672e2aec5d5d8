// map with concurrency: calls overlap but results keep input order.
'use strict';
const { Readable } = require('stream');

const delays = [80, 10, 30, 5];
const running = [];
(async () => {
  const out = await Readable.from(delays).map(async (ms, { signal }) => {
    running.push(`start ${ms}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running.push(`end ${ms}`);
    return ms * 2;
  }, { concurrency: 2 }).toArray();
  console.log(out);
  console.log(running.join('\n'));
})();
