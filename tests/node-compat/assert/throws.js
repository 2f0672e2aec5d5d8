// assert.throws and doesNotThrow with classes, validation objects, RegExps, functions and messages.
'use strict';

const assert = require('assert');

function run(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} op=${err.operator} generated=${err.generatedMessage}`);
    console.log(err.message);
  }
  console.log('--');
}

class MyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'MyError';
    this.code = 'E_MINE';
    this.info = { level: 2, tags: ['a', 'b'] };
  }
}
const throwMine = () => { throw new MyError('mine failed'); };
const throwType = () => { throw new TypeError('wrong type'); };

run('class match', () => assert.throws(throwMine, MyError));
run('base class match', () => assert.throws(throwMine, Error));
run('class mismatch', () => assert.throws(throwType, RangeError));
run('class same name other prototype', () => assert.throws(() => { throw new (class TypeError extends Error {})('x'); }, TypeError));
run('class mismatch non-error thrown', () => assert.throws(() => { throw 'a string'; }, TypeError));
run('class mismatch object thrown', () => assert.throws(() => { throw { a: 1 }; }, TypeError));
run('regexp match', () => assert.throws(throwMine, /mine/));
run('regexp mismatch', () => assert.throws(throwMine, /yours/));
run('regexp against string thrown', () => assert.throws(() => { throw 'plain text'; }, /text/));
run('object match', () => assert.throws(throwMine, { name: 'MyError', message: 'mine failed', code: 'E_MINE' }));
run('object with regexp values', () => assert.throws(throwMine, { message: /failed$/, code: /^E_/ }));
run('object nested match', () => assert.throws(throwMine, { info: { level: 2, tags: ['a', 'b'] } }));
run('object mismatch', () => assert.throws(throwMine, { message: 'other', code: 'E_MINE' }));
run('object nested mismatch', () => assert.throws(throwMine, { info: { level: 3, tags: ['a', 'b'] } }));
run('object regexp mismatch', () => assert.throws(throwMine, { message: /nope/, name: 'MyError' }));
run('object missing key', () => assert.throws(throwMine, { missing: undefined }));
run('object mismatch with message', () => assert.throws(throwMine, { code: 'X' }, 'custom text'));
run('error instance as expected', () => assert.throws(throwMine, new MyError('mine failed')));
run('error instance mismatch', () => assert.throws(throwType, new TypeError('other text')));
run('empty object', () => assert.throws(throwMine, {}));
run('primitive thrown, object expected', () => assert.throws(() => { throw 42; }, { a: 1 }));
run('validation function true', () => assert.throws(throwMine, (err) => err instanceof MyError));
run('validation function false', () => assert.throws(throwMine, function checkIt() { return false; }));
run('validation arrow undefined', () => assert.throws(throwMine, (err) => { err.message; }));
run('validation function throws', () => assert.throws(throwMine, () => { throw new Error('from validator'); }));
run('no throw', () => assert.throws(() => {}));
run('no throw, class', () => assert.throws(() => {}, MyError));
run('no throw, message', () => assert.throws(() => {}, 'should have thrown'));
run('no throw, class and message', () => assert.throws(() => {}, TypeError, 'expected a type error'));
run('string as error', () => assert.throws(throwMine, 'string message'));
run('string as error, identical message', () => assert.throws(throwMine, 'mine failed'));
run('string thrown identical', () => assert.throws(() => { throw 'same'; }, 'same'));
run('string error with 3 args', () => assert.throws(throwMine, 'a', 'b'));
run('number as error', () => assert.throws(throwMine, 5));
run('fn not a function', () => assert.throws({}));
run('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
run('doesNotThrow throws', () => assert.doesNotThrow(throwMine));
run('doesNotThrow throws, message', () => assert.doesNotThrow(throwMine, 'no errors please'));
run('doesNotThrow matching class', () => assert.doesNotThrow(throwMine, MyError));
run('doesNotThrow other class rethrows', () => assert.doesNotThrow(throwMine, TypeError));
run('doesNotThrow matching regexp', () => assert.doesNotThrow(throwMine, /mine/, 'with text'));
run('doesNotThrow bad expected', () => assert.doesNotThrow(throwMine, {}));
run('doesNotThrow validation fn', () => assert.doesNotThrow(throwMine, () => true));

try {
  assert.throws(throwMine, { code: 'X' });
} catch (err) {
  console.log(err.actual instanceof MyError, err.expected.code, err.operator);
}
const thrownAsIs = new RangeError('kept');
try {
  assert.throws(throwMine, { code: 'X' }, thrownAsIs);
} catch (err) {
  console.log(err === thrownAsIs);
}
