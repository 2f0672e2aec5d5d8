// A syntax error in a required file: Node puts the file, line, source line and
// an arrow at the offending token in front of the stack.
'use strict';

try {
  require('./fixtures/bad-syntax.js');
} catch (error) {
  const lines = error.stack.split('\n');
  console.log(error.name);
  console.log(lines.slice(0, 4).join('\n').split(`${__dirname}/`).join(''));
  console.log(lines[4].startsWith('SyntaxError: '));
}
