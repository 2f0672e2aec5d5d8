// AbortController/AbortSignal: reasons, throwIfAborted, abort event, onabort, timeout order against setTimeout, any().
const log = (...args) => console.log(...args);
const util = require('util');
const describe = (reason) => (reason instanceof DOMException ? `DOMException ${reason.name} "${reason.message}" code=${reason.code}` :
  reason instanceof Error ? `${reason.name}: ${reason.message}` : util.inspect(reason));

const controller = new AbortController();
const { signal } = controller;
log('fresh', signal.aborted, signal.reason, util.inspect(controller), controller.signal === signal);
const events = [];
signal.onabort = (e) => events.push(`onabort isTrusted=${e.isTrusted} type=${e.type} this=${this === undefined}`);
signal.addEventListener('abort', (e) => events.push(`listener aborted=${e.target.aborted} reason=${describe(e.target.reason)}`));
signal.addEventListener('abort', (e) => events.push('once'), { once: true });
controller.abort();
controller.abort('second abort is ignored');
log(events.join('\n'));
log('aborted', signal.aborted, describe(signal.reason), util.inspect(signal));
try {
  signal.throwIfAborted();
} catch (error) {
  log('throwIfAborted throws the reason', error === signal.reason);
}

const withReason = new AbortController();
withReason.abort(new Error('custom'));
log('custom reason', describe(withReason.signal.reason));
const withUndefined = new AbortController();
withUndefined.abort(undefined);
log('undefined reason becomes AbortError', describe(withUndefined.signal.reason));
const withNull = new AbortController();
withNull.abort(null);
log('null reason stays', withNull.signal.reason);

log('AbortSignal.abort()', describe(AbortSignal.abort().reason), AbortSignal.abort().aborted);
log('AbortSignal.abort(reason)', AbortSignal.abort('why').reason);
log('keys', Object.keys(AbortSignal.prototype).join(), Object.keys(AbortController.prototype).join(),
  Object.prototype.toString.call(signal), Object.prototype.toString.call(controller));

for (const [label, thunk] of [
  ['new AbortSignal()', () => new AbortSignal()],
  ['aborted getter on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({})],
  ['throwIfAborted on {}', () => AbortSignal.prototype.throwIfAborted.call({})],
  ['timeout(-1)', () => AbortSignal.timeout(-1)],
  ['timeout("1")', () => AbortSignal.timeout('1')],
  ['any(1)', () => AbortSignal.any(1)],
  ['any([1])', () => AbortSignal.any([1])],
  ['any([signal, {}])', () => AbortSignal.any([signal, {}])],
]) {
  try {
    thunk();
    log(label, 'no error');
  } catch (error) {
    log(label, error.name, error.code, error.message);
  }
}

// any(): the first source to abort gives its reason; an already aborted
// source aborts the result at once.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any, new AbortController().signal]);
any.addEventListener('abort', () => log('any aborted, nested already', nested.aborted, nested.reason));
nested.addEventListener('abort', () => log('nested aborted', nested.reason));
a.signal.addEventListener('abort', () => log('source a aborted, any already', any.aborted));
b.abort('b first');
a.abort('a later');
log('any reason', any.reason, 'nested reason', nested.reason);
log('any of aborted', AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]).reason);
log('any of none', AbortSignal.any([]).aborted);

// A listener's stopImmediatePropagation does not stop the signals that
// follow it, nor events.addAbortListener.
const c = new AbortController();
c.signal.addEventListener('abort', (e) => { log('first listener stops propagation'); e.stopImmediatePropagation(); });
c.signal.addEventListener('abort', () => log('never'));
const dependant = AbortSignal.any([c.signal]);
dependant.addEventListener('abort', () => log('dependant still aborted'));
require('events').addAbortListener(c.signal, () => log('addAbortListener still called'));
c.abort();

// timeout(): fires in the timers phase, in order with setTimeout, and
// never keeps the process alive.
const order = [];
setTimeout(() => order.push('setTimeout 20 (before)'), 20);
const timeoutSignal = AbortSignal.timeout(20);
setTimeout(() => order.push('setTimeout 20 (after)'), 20);
timeoutSignal.onabort = () => order.push(`timeout signal: ${describe(timeoutSignal.reason)}`);
setTimeout(() => log(order.join('\n')), 40);
AbortSignal.timeout(100000).addEventListener('abort', () => log('never: unref timer'));
process.on('exit', () => log('exit without waiting for the long timeout'));
