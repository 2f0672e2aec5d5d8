// util.styleText: formats, arrays of formats, nested styles, stream validation and invalid formats.
'use strict';

const util = require('util');

const show = (text) => JSON.stringify(text);
const raw = { validateStream: false };
console.log(show(util.styleText('red', 'hello', raw)));
console.log(show(util.styleText(['bold', 'underline', 'green'], 'multi', raw)));
console.log(show(util.styleText('none', 'plain', raw)));
console.log(show(util.styleText(['none', 'italic'], 'it', raw)));
console.log(show(util.styleText('red', `outer ${util.styleText('blue', 'inner', raw)} after`, raw)));
console.log(show(util.styleText('bold', `a ${util.styleText('dim', 'b', raw)} c`, raw)));
console.log(show(util.styleText('bgYellow', 'bg', raw)));
console.log(show(util.styleText('grey', 'alias', raw)));
// Not a TTY: no codes unless FORCE_COLOR says so.
console.log(show(util.styleText('red', 'to stdout')));
console.log(show(util.styleText('red', 'to stderr', { stream: process.stderr })));
process.env.FORCE_COLOR = '1';
console.log(show(util.styleText('red', 'forced')));
process.env.FORCE_COLOR = '0';
console.log(show(util.styleText('red', 'forced off')));
delete process.env.FORCE_COLOR;
for (const [format, text, options] of [['nope', 'x', raw], ['red', 1, raw], ['red', 'x', { stream: {} }],
  ['red', 'x', { validateStream: 'no' }], [['red', 'bogus'], 'x', raw]]) {
  try {
    util.styleText(format, text, options);
  } catch (err) {
    console.log(err.name, err.code, err.message.slice(0, 160));
  }
}
