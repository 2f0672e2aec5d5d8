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

// Code run by eval, direct and indirect, as Node's own test does it; the
// failing call may sit in a function the eval code made.
globalThis.assertForEval = assert;
for (const [label, run] of [
  ['direct eval', () => eval('console.log("before");\nassert.ok(1 === 2);')],
  ['indirect eval', () => (0, eval)('\n\n  assertForEval(typeof 1 === "string")')],
  ['function made by eval', () => eval('(function check(v) {\n  assert.ok(v,\n    undefined);\n})')(0)],
  ['eval in new Function', () => new Function('assert', 'return eval("assert.equal(1, 1); assert(null)")')(assert)],
]) {
  try {
    run();
  } catch (error) {
    console.log(label, JSON.stringify(error.message), error.generatedMessage);
  }
}
