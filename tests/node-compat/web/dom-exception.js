// DOMException: names and legacy codes, the options form with cause, the prototype chain, and brand checks.
const log = (...args) => console.log(...args);
const cause = new Error('the cause');
const withOptions = new DOMException('message', { name: 'AbortError', cause });
log(withOptions.name, withOptions.code, withOptions.message, withOptions.cause === cause, Object.getOwnPropertyNames(withOptions).includes('cause'));
const plain = new DOMException();
log(JSON.stringify([plain.name, plain.message, plain.code]), 'cause' in plain);
const named = new DOMException('m', 'DataCloneError');
log(named.name, named.code, named instanceof Error, named instanceof DOMException, Object.prototype.toString.call(named), String(named));
log('unknown name code', new DOMException('x', 'Whatever').code, 'disused', new DOMException('x', 'ValidationError').code);
log('options without name', new DOMException('x', {}).name);
log('chain', Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.getPrototypeOf(DOMException) === Function.prototype);
log('constants', DOMException.ABORT_ERR, DOMException.prototype.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, DOMException.INDEX_SIZE_ERR);
log('prototype keys', Object.keys(DOMException.prototype).slice(0, 4).join(), Object.keys(DOMException).length);
class Sub extends DOMException {}
const sub = new Sub('s', 'SyntaxError');
log('subclass', sub instanceof Sub, sub.name, sub.code);
for (const [label, thunk] of [
  ['name on prototype', () => DOMException.prototype.name],
  ['call without new', () => DOMException('x')],
]) {
  try {
    thunk();
    log(label, 'no error');
  } catch (error) {
    log(label, error.name, error.code, error.message);
  }
}
log('stack is a string', typeof withOptions.stack);
