// util.debuglog without NODE_DEBUG: disabled loggers, `enabled`, the callback, and util.debug as an alias.
'use strict';

const util = require('util');

const log = util.debuglog('mysection');
console.log(typeof log, log.enabled, log('not printed %d', 1));
let seen;
const withCallback = util.debuglog('other', (fn) => {
  seen = fn;
});
withCallback('first call');
console.log(typeof seen, seen.enabled, util.debug === util.debuglog);
console.log(Object.getOwnPropertyDescriptor(log, 'enabled').enumerable);
