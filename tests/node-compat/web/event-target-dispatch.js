// EventTarget dispatch: order, once/passive/capture, handleEvent objects, CustomEvent, stop propagation, Node's quirks.
const log = (...args) => console.log(...args);
const target = new EventTarget();
const order = [];

target.addEventListener('x', () => order.push('a'));
target.addEventListener('x', { handleEvent() { order.push(`handleEvent this is listener: ${this.tag === 'obj'}`); }, tag: 'obj' });
target.addEventListener('x', () => order.push('once'), { once: true });
target.addEventListener('x', () => order.push('capture'), true);
target.addEventListener('x', () => order.push('capture2'), { capture: true });
log(target.dispatchEvent(new Event('x')), order.join(' | '));
order.length = 0;
target.dispatchEvent(new Event('x'));
log('second dispatch', order.join(' | '));

// handleEvent is looked up when the event comes.
const lazy = {};
const lazyTarget = new EventTarget();
lazyTarget.addEventListener('y', lazy);
lazy.handleEvent = (event) => log('late handleEvent', event.type);
lazyTarget.dispatchEvent(new Event('y'));

// Passive listeners cannot cancel; others can, on cancelable events.
const cancel = new EventTarget();
cancel.addEventListener('c', (e) => { e.preventDefault(); log('passive: defaultPrevented', e.defaultPrevented); }, { passive: true });
cancel.addEventListener('c', (e) => { e.preventDefault(); log('active: defaultPrevented', e.defaultPrevented); });
const cancelable = new Event('c', { cancelable: true });
log('dispatch returns', cancel.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);
const notCancelable = new Event('c');
log('not cancelable', cancel.dispatchEvent(notCancelable), notCancelable.defaultPrevented);
const viaReturnValue = new Event('r', { cancelable: true });
viaReturnValue.returnValue = false;
log('returnValue = false', viaReturnValue.defaultPrevented);

// stopImmediatePropagation stops the rest; stopPropagation alone does not.
const stop = new EventTarget();
stop.addEventListener('s', (e) => { order.push('s1'); e.stopPropagation(); });
stop.addEventListener('s', (e) => { order.push('s2'); e.stopImmediatePropagation(); });
stop.addEventListener('s', () => order.push('s3'));
order.length = 0;
const stopped = new Event('s');
stop.dispatchEvent(stopped);
log('stop', order.join(' '), stopped.cancelBubble);

// Node walks a linked list: a listener added during dispatch after the
// current one runs in this dispatch; a removed one does not.
const live = new EventTarget();
const late = () => order.push('added during dispatch');
const removed = () => order.push('removed (never)');
live.addEventListener('l', () => {
  order.push('first');
  live.addEventListener('l', late);
  live.removeEventListener('l', removed);
});
live.addEventListener('l', removed);
live.addEventListener('l', () => order.push('third'));
order.length = 0;
live.dispatchEvent(new Event('l'));
log('live list', order.join(' | '));

// Event state during and after dispatch; Node clears "being dispatched"
// after the first DOM listener returns.
const phases = new EventTarget();
const seen = [];
phases.addEventListener('p', (e) => seen.push([e.eventPhase, e.currentTarget === phases, e.target === phases, e.composedPath().length]));
phases.addEventListener('p', (e) => seen.push([e.eventPhase, e.currentTarget === phases, e.target === phases, e.composedPath().length]));
const p = new Event('p');
log('before', p.eventPhase, p.target, p.currentTarget, p.composedPath().length);
phases.dispatchEvent(p);
log('during', JSON.stringify(seen), 'after', p.eventPhase, p.target === phases, p.currentTarget);

// Recursion, bad arguments, and what a listener's throw becomes.
const rec = new EventTarget();
rec.addEventListener('r', (e) => {
  try {
    rec.dispatchEvent(e);
  } catch (error) {
    log('recursion', error.code, error.message);
  }
});
rec.dispatchEvent(new Event('r'));
for (const [label, thunk] of [
  ['new Event()', () => new Event()],
  ['new Event(x, 1)', () => new Event('x', 1)],
  ['addEventListener(x)', () => rec.addEventListener('x')],
  ['addEventListener(x, 1)', () => rec.addEventListener('x', 1)],
  ['addEventListener(symbol)', () => rec.addEventListener(Symbol('s'), () => {})],
  ['addEventListener options 1', () => rec.addEventListener('x', () => {}, 1)],
  ['addEventListener bad signal', () => rec.addEventListener('x', () => {}, { signal: 1 })],
  ['dispatchEvent({})', () => rec.dispatchEvent({ type: 'x' })],
  ['dispatchEvent()', () => rec.dispatchEvent()],
  ['removeEventListener(x)', () => rec.removeEventListener('x')],
  ['getter on plain object', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({})],
  ['EventTarget method on plain object', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {})],
  ['CustomEvent.detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x'))],
]) {
  try {
    thunk();
    log(label, 'no error');
  } catch (error) {
    log(label, error.name, error.code, error.message);
  }
}

const custom = new CustomEvent('data', { detail: { n: 1 }, cancelable: true });
log('CustomEvent', custom.detail.n, custom instanceof Event, new CustomEvent('x').detail, custom.cancelable, Object.prototype.toString.call(custom));
log('Event statics', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event('x').AT_TARGET);
log('Event keys', Object.keys(Event.prototype).join());
log('EventTarget keys', Object.keys(EventTarget.prototype).join(), Object.prototype.toString.call(new EventTarget()));
log('isTrusted', new Event('x').isTrusted, Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable);
const init = new Event('old');
init.initEvent('renamed', true, true);
log('initEvent', init.type, init.bubbles, init.cancelable);
log(require('util').inspect(new Event('foo', { cancelable: true })).replace(/timeStamp: [\d.e-]+/, 'timeStamp: <n>'));
log(require('util').inspect(new EventTarget()), require('util').inspect({ t: new EventTarget() }, { depth: -1 }));
log('timeStamp grows', typeof new Event('t').timeStamp, new Event('t').timeStamp <= new Event('u').timeStamp);

// AbortSignal option removes the listener; a null listener warns.
const signalled = new EventTarget();
const controller = new AbortController();
signalled.addEventListener('z', () => log('listener with signal ran'), { signal: controller.signal });
signalled.dispatchEvent(new Event('z'));
controller.abort();
signalled.dispatchEvent(new Event('z'));
signalled.addEventListener('z', () => log('never: signal already aborted'), { signal: controller.signal });
signalled.dispatchEvent(new Event('z'));

process.on('warning', (warning) => log('warning', warning.name, warning.message));
signalled.addEventListener('z', null);

process.on('uncaughtException', (error) => log('uncaught', error.message));
const throwing = new EventTarget();
throwing.addEventListener('boom', () => { throw new Error('listener threw'); });
throwing.addEventListener('boom', { handleEvent() { throw new Error('handleEvent threw'); } });
throwing.addEventListener('boom', async () => { throw new Error('async listener rejected'); });
throwing.addEventListener('boom', () => log('later listeners still run'));
throwing.dispatchEvent(new Event('boom'));
log('after dispatch');
