// Columns as V8 reports them: `new` for a constructor call, the callee's name
// for a call (the method name for `a.b()`), however QuickJS recorded it; the
// `(` for computed and parenthesised callees, the template of a tagged template,
// lines of multi-line calls, and UTF-16 columns after non-ASCII text.
'use strict';

function where(error) {
  return String(error.stack).split('\n')
    .filter((line) => line.includes(__filename))
    .map((line) => /:(\d+:\d+)\)?$/.exec(line)[1]);
}

function thrower() {
  throw new Error('x');
}
const obj = { thrower, deep: { thrower } };
class Box { constructor() { throw new Error('box'); } }
const a = 1;
const b = 2;

const cases = {
  'new Error': () => new Error('a'),
  'new with spaces': () => new    Error('a'),
  'Error() without new': () => Error('a'),
  'throw new': () => { throw new Error('a'); },
  'plain call': () => thrower(),
  'call with arguments': () => thrower(a, b),
  'call with a call as argument': () => thrower(Math.abs(a)),
  'method call': () => obj.thrower(a),
  'deep method call': () => obj.deep.thrower(a),
  'computed member call': () => obj['thrower'](),
  'parenthesised callee': () => (0, obj.thrower)(a),
  'optional call': () => obj.thrower?.(a),
  'optional member': () => obj?.thrower(a),
  'tagged template': () => obj.thrower`x`,
  'call and apply': () => thrower.call(obj, a),
  'Reflect.apply': () => Reflect.apply(thrower, null, []),
  'callback': () => [a].map(thrower),
  'new class': () => new Box(),
  'new class without parens': () => new Box,
  'multi-line call': () => thrower(
    a,
    b),
  'call on next line': () => obj
    .thrower(a),
  'after non-ASCII text': () => { const s = 'ééé€😀'; return thrower(s); },
  'in a template literal': () => `${thrower()}`,
  'in a ternary': () => (a ? thrower() : 0),
};

for (const [label, run] of Object.entries(cases)) {
  let error;
  try {
    error = run();
  } catch (caught) {
    error = caught;
  }
  console.log(`${label}: ${where(error).join(' ')}`);
}
