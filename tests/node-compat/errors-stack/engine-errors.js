// Errors the engine throws (reading or setting a property of null, calling what
// is not a function, an undeclared name, assigning a const) point where V8
// points: the property's name, the `=` of a failed assignment. Only the error's
// class and its frames here are printed; engines word messages differently.
'use strict';

function where(error) {
  const frames = String(error.stack).split('\n').filter((line) => line.includes(__filename));
  return `${error.name} ${frames.map((line) => /:(\d+:\d+)\)?$/.exec(line)[1]).join(' ')}`;
}

const holder = { empty: null, nested: {}, self() { return this; }, list: [{ empty: null }] };
const cases = {
  'read of null': () => holder.empty.value,
  'read deep': () => holder.nested.missing.value,
  'read computed': () => holder.nested.missing['value'],
  'read after a call': () => holder.self().empty.value,
  'method call after a call': () => holder.self().empty.value(),
  'read after an index': () => holder.list[0].empty.value,
  'read in parentheses': () => (holder).empty.value,
  'read of a call result': () => JSON.parse('{"a": null}').a.trim(),
  'set on null': () => { holder.empty.value = 1; },
  'set deep': () => { holder.nested.missing.value = 1; },
  'const assignment': () => { const fixed = 1; fixed = 2; },
  'call of undefined method': () => holder.nested.nothing(),
  'call of null': () => holder.empty(),
  'undeclared name': () => undeclaredName,
  'new of non-constructor': () => new holder.nested.nothing(),
  'in a nested function': () => (function inner() { return holder.empty.value; })(),
  'JSON.parse': () => JSON.parse('{'),
  'builtin with callback': () => [1].forEach(() => holder.empty.value),
};

for (const [label, run] of Object.entries(cases)) {
  try {
    run();
    console.log(label, 'did not throw');
  } catch (error) {
    console.log(`${label}: ${where(error)}`);
  }
}
