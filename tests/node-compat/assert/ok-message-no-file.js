// assert.ok's generated message quotes the failing expression from its
// source, also for code made by `new Function`, which lives in no file.
'use strict';
const assert = require('assert');

for (const [args, body] of [
  [['assert'], 'assert(1 === 2);'],
  [['assert', 'x'], '\n  assert.ok(x > 1,\n    undefined);'],
  [['a'], 'a.strict(typeof a === "string")'],
]) {
  try {
    new Function(...args, body)(assert, 0);
  } catch (error) {
    console.log(JSON.stringify(error.message), error.generatedMessage);
  }
}
