// util.inherits, util._extend, util.isArray, util.toUSVString and the system error lookups.
'use strict';

const util = require('util');
const EventEmitter = require('events');

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

function Stream() {
  EventEmitter.call(this);
}
util.inherits(Stream, EventEmitter);
const stream = new Stream();
console.log(stream instanceof EventEmitter, Stream.super_ === EventEmitter, typeof stream.on);
const { value, ...flags } = Object.getOwnPropertyDescriptor(Stream, 'super_');
console.log(value === EventEmitter, flags);
for (const [ctor, superCtor] of [[null, EventEmitter], [Stream, null], [Stream, {}], [undefined, undefined]]) {
  try {
    util.inherits(ctor, superCtor);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
console.log(util.isArray([]), util.isArray({}));
console.log(JSON.stringify(util.toUSVString('a\ud800b')), util.toUSVString(12));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMessage(-2));
console.log(util.getSystemErrorName(-99999), util.getSystemErrorMap().get(-2));
for (const bad of [2, 'x', 1.5]) {
  try {
    util.getSystemErrorName(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
try {
  util.stripVTControlCharacters(1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const e = util._errnoException(-2, 'open', 'extra');
console.log(e.name, e.code, e.errno, e.syscall, e.message);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(h.name, h.code, h.errno, h.syscall, h.address, h.port, h.message);
