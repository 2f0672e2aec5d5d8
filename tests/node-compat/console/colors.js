// ANSI colors with the colors option.
'use strict';
const util = require('util');

const sample = {
  number: 1,
  bigint: 2n,
  string: 'text',
  boolean: true,
  undef: undefined,
  nul: null,
  symbol: Symbol('s'),
  date: new Date(0),
  regexp: /re/g,
  fn: function named() {},
  list: [1, 'a'],
};
console.log(util.inspect(sample, { colors: true }));
console.log(util.inspect([1, , 3], { colors: true })); // eslint-disable-line no-sparse-arrays
console.log(util.inspect(new Map([['k', 1]]), { colors: true }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { colors: true }));
console.log(util.inspect({ get g() { return 1; } }, { colors: true }));
console.log(util.formatWithOptions({ colors: true }, '%s and %O', 'plain', { a: 'colored' }));
console.log(JSON.stringify(util.inspect('escaped', { colors: true })));
console.log(util.inspect.colors.red, util.inspect.colors.grey, util.inspect.styles.number);
console.log(Object.keys(util.inspect.styles).join(','));
