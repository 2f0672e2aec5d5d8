// util.getCallSites: the caller's function names, file, line and column, and its argument checks.
'use strict';

const util = require('util');
const path = require('path');

function describe(sites) {
  return sites.map((site) => [site.functionName, path.basename(site.scriptName), site.lineNumber,
    site.column === site.columnNumber, Object.getPrototypeOf(site), typeof site.scriptId].join(' '));
}
function inner() {
  return util.getCallSites(2);
}
function outer() {
  return inner();
}
console.log(describe(outer()));
console.log(describe(util.getCallSites({ sourceMap: false })).slice(0, 1));
console.log(util.getCallSites().length > 0, util.getCallSites(1).length);
for (const args of [[0], [201], ['x'], [1, 'opts'], [{ sourceMap: 1 }]]) {
  try {
    util.getCallSites(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
