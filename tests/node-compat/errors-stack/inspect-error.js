// util.inspect and console.log of errors show V8's stack text with the
// error's own properties and cause, as Node prints them.
'use strict';

const util = require('util');
const relative = (text) => text.split(`${__dirname}/`).join('');

function level2() {
  const error = new TypeError('inspected');
  error.code = 'E_INSPECT';
  return error;
}
function level1() {
  return level2();
}

Error.stackTraceLimit = 2;
console.log(relative(util.inspect(level1())));
function wrap() {
  return new Error('outer', { cause: level1() });
}
function callWrap() {
  return wrap();
}
console.log(relative(util.inspect(callWrap())));
console.log(relative(util.inspect({ nested: level1() })));
const noStack = level1();
noStack.stack = '';
console.log(util.inspect(noStack));
Error.stackTraceLimit = 0;
console.log(util.inspect(new RangeError('no frames')));
const framesOnly = new Error('header left out');
framesOnly.stack = '    at somewhere (file.js:1:1)';
console.log(util.inspect(framesOnly));
