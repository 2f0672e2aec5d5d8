// Runaway recursion of every shape ends in a RangeError the program can catch, and the process carries on (in wasm too, where the host's own stack is the smaller one).
const util = require('node:util');
const assert = require('node:assert');

function deep(wrap) {
  let value = {};
  for (let i = 0; i < 200000; i++) value = wrap(value);
  return value;
}

const shapes = {
  'a function calling itself': () => { const f = () => f(); f(); },
  'through Array.prototype.map': () => { const f = () => [0].map(f); f(); },
  'through Function.prototype.call': () => { function f() { f.call(null); } f(); },
  'through Reflect.apply and bind': () => { function f() { Reflect.apply(f.bind(null), null, []); } f(); },
  'a getter reading itself': () => { const o = { get x() { return this.x; } }; return o.x; },
  'a constructor': () => { function F() { new F(); } new F(); },
  'toString calling itself': () => { const o = { toString() { return `${o}`; } }; return `${o}`; },
  'a proxy trap': () => { const p = new Proxy({}, { get: () => p.x }); return p.x; },
  'generators delegating': () => { function* g() { yield* g(); } return [...g()]; },
  'Array.prototype.sort comparators': () => { const f = () => [2, 1].sort(() => f()); f(); },
  'JSON.stringify of nested arrays': () => JSON.stringify(deep((a) => [a])),
  'JSON.stringify through toJSON': () => { const o = { toJSON: () => [o] }; JSON.stringify(o); },
  'nested parentheses in new Function': () => new Function(`return ${'('.repeat(100000)}1${')'.repeat(100000)}`),
  'assert.deepStrictEqual of deep objects': () => assert.deepStrictEqual(deep((a) => ({ a })), deep((a) => ({ a }))),
  'structuredClone of a deep object': () => structuredClone(deep((a) => ({ a }))),
};

for (const [name, shape] of Object.entries(shapes)) {
  try {
    shape();
    console.log(`${name}: returned`);
  } catch (error) {
    console.log(`${name}: ${error.constructor.name}: ${error.message}`);
  }
}

// util.inspect catches the overflow itself and says so in its output.
const text = util.inspect(deep((a) => ({ a })), { depth: Infinity });
console.log('util.inspect:', text.includes('Inspection interrupted prematurely. Maximum call stack size exceeded.'));

// An async function's overflow rejects its promise.
async function spin() { await spin(); }
spin().catch((error) => console.log(`an async function: ${error.constructor.name}: ${error.message}`));

// The process is as good as before.
setTimeout(() => console.log('still running', [1, 2, 3].map((n) => n * 2).join()), 1);
