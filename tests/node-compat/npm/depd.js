// depd (inside Express) names the caller of a deprecated API by file, line and
// column through V8's CallSite API: what it writes to stderr (date replaced)
// and the DeprecationError it emits on process 'deprecation'.
'use strict';
const relative = (text) => text.split(`${__dirname}/`).join('');
const lib = require('./fixtures/depd-lib');

// What depd writes to stderr when nobody listens.
const written = [];
const write = process.stderr.write;
process.stderr.write = function (chunk) {
  written.push(String(chunk));
  return true;
};
lib.oldFunction();
lib.autoMessage();
console.log(lib.renamed(1, 2));
lib.wrappedAuto();
console.log(lib.config.legacy);
for (let i = 0; i < 2; i++) lib.oldFunction(); // one call site: one warning
lib.config.legacy = 'set';
process.stderr.write = write;
for (const text of written) console.log(relative(text.replace(/^\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT /, '<date> ').trimEnd()));

// With a listener: a DeprecationError instead.
process.on('deprecation', (error) => {
  const lines = relative(error.stack).split('\n');
  console.log(error.name, error.namespace, JSON.stringify(error.message));
  console.log([lines[0], ...lines.filter((line) => line.includes('depd.js'))].join('\n'));
});
lib.oldFunction();
lib.renamed(3, 4);
