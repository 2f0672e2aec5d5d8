// util.inspect.custom hooks.
'use strict';
const util = require('util');

class Money {
  constructor(amount, currency) {
    this.amount = amount;
    this.currency = currency;
  }

  [util.inspect.custom]() {
    return `Money<${this.amount} ${this.currency}>`;
  }
}

class Wrapper {
  constructor(inner) {
    this.inner = inner;
  }

  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return '[Wrapper]';
    return `Wrapper(${inspect(this.inner, { ...options, depth: options.depth === null ? null : options.depth - 1 })})`;
  }
}

console.log(new Money(5, 'EUR'));
console.log({ price: new Money(10, 'USD'), list: [new Money(1, 'GBP')] });
console.log(new Wrapper({ a: [1, 2] }));
console.log({ a: { b: { c: new Wrapper(1) } } });
console.log({ a: { b: { c: { d: new Wrapper(1) } } } });
console.log({ replaced: { [util.inspect.custom]: () => ({ by: 'object' }) } });
console.log({ multi: { [util.inspect.custom]: () => 'line one\nline two' } });
console.log({ self: { value: 1, [util.inspect.custom]() { return this; } } });
console.log({ styled: { [util.inspect.custom]: (depth, options) => options.stylize('stylized', 'special') } });
console.log(util.inspect({ [util.inspect.custom]: () => 'ignored' }, { customInspect: false }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.inspect(new Money(1, 'JPY')));
