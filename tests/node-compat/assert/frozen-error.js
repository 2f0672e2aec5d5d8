// assert and util.getCallSites still work when user code has frozen the Error constructor.
'use strict';
Object.freeze(Error);
const assert = require('assert');
try { assert.ok(0) } catch (e) { console.log(e.message) }
try { assert.strictEqual(1, 2) } catch (e) { console.log(e.message) }
console.log(Array.isArray(require('util').getCallSites()));
