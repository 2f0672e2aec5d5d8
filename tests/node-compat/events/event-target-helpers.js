// events helpers on EventTargets: getEventListeners, setMaxListeners/getMaxListeners and EventTarget's leak warning.
const events = require('events');
const log = (...args) => console.log(...args);
process.on('warning', (warning) => log(`warning ${warning.name}: ${warning.message}` +
  (warning.target ? ` [target ok: ${warning.target instanceof EventTarget}, type: ${warning.type}, count: ${warning.count}]` : '')));

const target = new EventTarget();
const listener = () => {};
const object = { handleEvent() {} };
target.addEventListener('foo', listener);
target.addEventListener('foo', object);
target.addEventListener('foo', listener, { capture: true });
const listed = events.getEventListeners(target, 'foo');
log('getEventListeners', listed.length, listed[0] === listener, listed[1] === object, listed[2] === listener);
log('none', events.getEventListeners(target, 'bar'));
log('getMaxListeners', events.getMaxListeners(target), events.getMaxListeners(new AbortController().signal));

events.setMaxListeners(2, target);
log('after setMaxListeners', events.getMaxListeners(target));
target.addEventListener('many', () => {});
target.addEventListener('many', () => {});
target.addEventListener('many', () => {});
target.addEventListener('more', () => {});
target.addEventListener('more', () => {});
target.addEventListener('more', () => {});
log('warned once per target');

const defaults = new EventTarget();
for (let i = 0; i < 11; i++) defaults.addEventListener('x', () => {});
const signal = new AbortController().signal;
for (let i = 0; i < 20; i++) signal.addEventListener('abort', () => {});
log('an AbortSignal never warns');

for (const [label, thunk] of [
  ['getEventListeners({})', () => events.getEventListeners({}, 'x')],
  ['getMaxListeners({})', () => events.getMaxListeners({})],
  ['setMaxListeners(1, {})', () => events.setMaxListeners(1, {})],
  ['setMaxListeners(-1, target)', () => events.setMaxListeners(-1, target)],
]) {
  try {
    thunk();
    log(label, 'no error');
  } catch (error) {
    log(label, error.name, error.code, error.message);
  }
}
const emitter = new events.EventEmitter();
events.setMaxListeners(3, emitter, target);
log('both kinds', emitter.getMaxListeners(), events.getMaxListeners(target));
