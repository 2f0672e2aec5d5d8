// util.inspect where Node 24 differs from 20: subclass names, hidden keys, view getters, odd errors, folded frames.
'use strict';
const util = require('util');

// A class name that spells its built-in tag as a word of its own hides it.
class MySet extends Set {}
class Settings extends Set {}
class MyMap extends Map {}
class Map2 extends Map {}
class MyPromise extends Promise {}
console.log(new MySet([1]), new Settings([1]), new MyMap([[1, 2]]), new Map2(), MyPromise.resolve(3));

// Hidden keys keep the form of visible ones, in brackets.
const hidden = Object.defineProperty({ 'b-c': 2 }, 'a-b', { value: 1 });
Object.defineProperty(hidden, '__proto__', { value: 3 });
console.log(util.inspect(hidden, { showHidden: true }));
console.log(util.inspect(hidden, { showHidden: true, colors: true }));

// Getters of buffers and views are listed before the own keys.
const view = Object.assign(new DataView(new ArrayBuffer(4), 1, 2), { tag: 'x' });
console.log(util.inspect(view, { showHidden: true }));
console.log(util.inspect(view, { showHidden: true, colors: true }));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true, colors: true }));
console.log(util.inspect(Object.setPrototypeOf(new Uint16Array([1, 2]), null), { showHidden: true }));
console.log(util.inspect(new Uint8Array([1, 2, 255]).buffer, { compact: 3, breakLength: 30 }));

// Errors with unusual stacks, names and messages.
function fixedError(message, stack) {
  const err = new Error(message);
  err.stack = stack;
  return err;
}
// (Defined, not assigned: QuickJS's stack setter takes only strings.)
console.log(Object.defineProperty(new Error('m'), 'stack', {
  value: { frames: [1, 2] }, writable: true, configurable: true,
}));
console.log(Object.defineProperty(new Error('getter'), 'stack', { get() { throw new Error('no'); } }));
const numericName = fixedError('m', '42: m');
numericName.name = 42;
console.log(numericName);
const objectName = fixedError('m', 'Error: m');
objectName.name = { a: 1 };
console.log(objectName);
console.log(Object.defineProperty(fixedError('m', 'Error: m'), 'message', {
  get() { throw new Error('no'); }, enumerable: true,
}));

// Deep recursion: repeated blocks of frames are folded.
const block = '\n    at f (/a.js:2:1)\n    at g (/a.js:3:1)\n    at h (/a.js:4:1)';
console.log(fixedError('deep', `Error: deep\n    at top (/a.js:1:1)${block.repeat(5)}\n    at main (/a.js:9:1)`));
console.log(fixedError('one', `Error: one${'\n    at f (/a.js:2:1)'.repeat(12)}\n    at main (/a.js:9:1)`));
console.log(fixedError('mixed', `Error: mixed${'\n    at a (/a.js:1:1)\n    at b (/a.js:2:1)'.repeat(3)}${
  '\n    at c (/a.js:3:1)'.repeat(4)}${block.repeat(2)}`));

// Functions whose name is not a string.
console.log(Object.defineProperty(function f() {}, 'name', { value: Symbol('sym') }));
console.log(Object.defineProperty(function f() {}, 'name', { value: 42 }));

// Built-in prototypes are named even without a constructor.
const saved = Object.getOwnPropertyDescriptor(Map.prototype, 'constructor');
delete Map.prototype.constructor;
console.log(new Map([[1, 2]]));
Object.defineProperty(Map.prototype, 'constructor', saved);
