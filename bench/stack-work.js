// The deepest recursion each shape of call reaches before the engine throws
// "Maximum call stack size exceeded", printed as JSON. bench/stack.mjs runs
// it under node, native Nodeling and the wasm pod; a pod that is lost
// instead (the host's stack ran out inside the engine) prints nothing.

const util = require('node:util');
const assert = require('node:assert');

function nest(depth, wrap) {
  let value = {};
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const shapes = {
  // A function calling itself.
  plain: (n) => { const f = (k) => { if (k) f(k - 1); }; f(n); },
  // Through a builtin that calls back (Array.prototype.map).
  callback: (n) => { const f = (k) => { if (k) [0].map(() => f(k - 1)); }; f(n); },
  // Through Function.prototype.call.
  call: (n) => { function f(k) { if (k) f.call(null, k - 1); } f(n); },
  // A getter reading itself.
  getter: (n) => { const o = { k: n, get x() { return this.k-- ? this.x : 0; } }; return o.x; },
  // Constructors.
  construct: (n) => { function F(k) { if (k) new F(k - 1); } new F(n); },
  // Generators delegating to each other.
  generator: (n) => { function* g(k) { if (k) yield* g(k - 1); yield k; } return [...g(n)].length; },
  // C recursion inside the engine.
  'JSON.stringify': (n) => JSON.stringify(nest(n, (a) => [a])),
  'JSON.parse': (n) => JSON.parse('['.repeat(n) + ']'.repeat(n)),
  'nested parentheses': (n) => new Function(`return ${'('.repeat(n)}1${')'.repeat(n)}`),
  // Node's own libraries on deep data.
  'util.inspect': (n) => {
    const text = util.inspect(nest(n, (a) => ({ a })), { depth: Infinity });
    // Node's inspect catches the overflow and says so in its output.
    if (text.includes('Maximum call stack')) throw new RangeError('Maximum call stack size exceeded');
  },
  'assert.deepStrictEqual': (n) => assert.deepStrictEqual(nest(n, (a) => ({ a })), nest(n, (a) => ({ a }))),
  structuredClone: (n) => structuredClone(nest(n, (a) => ({ a }))),
};

function fits(shape, n) {
  try {
    shape(n);
    return true;
  } catch (error) {
    if (error instanceof RangeError && /call stack/.test(error.message)) return false;
    throw error;
  }
}

const only = process.argv[2];
const depths = {};
for (const [name, shape] of Object.entries(shapes)) {
  if (only && name !== only) continue;
  // The largest depth that fits, to 1%.
  let low = 1;
  let high = 1 << 17;
  if (fits(shape, high)) {
    depths[name] = high;
    continue;
  }
  while (high - low > Math.max(2, low / 100)) {
    const middle = Math.floor((low + high) / 2);
    if (fits(shape, middle)) low = middle;
    else high = middle;
  }
  depths[name] = low;
}
console.log(JSON.stringify(depths));
