// EventTarget, Event and CustomEvent: order, once, capture identity, handleEvent, preventDefault, errors.
const target = new EventTarget();
const seen = [];
function first(event) {
  seen.push(`first:${event.type}`);
}
target.addEventListener('ping', first);
target.addEventListener('ping', first); // a duplicate is ignored
target.addEventListener('ping', first, { capture: true }); // but not with another capture
target.addEventListener('ping', { handleEvent(event) { seen.push(`object:${this !== target}`); } });
target.addEventListener('ping', () => seen.push('once'), { once: true });
console.log(target.dispatchEvent(new Event('ping')), seen.join(' '));
seen.length = 0;
target.removeEventListener('ping', first);
target.dispatchEvent(new Event('ping'));
console.log(seen.join(' '));

const event = new Event('go', { cancelable: true });
console.log(event.type, event.cancelable, event.bubbles, event.composed, event.defaultPrevented, event.eventPhase, event.target, event.isTrusted);
target.addEventListener('go', (e) => e.preventDefault());
console.log(target.dispatchEvent(event), event.defaultPrevented, event.target === target, event.eventPhase);
const plain = new Event('go');
console.log(target.dispatchEvent(plain), plain.defaultPrevented);

target.addEventListener('stop', (e) => { seen.push('a'); e.stopImmediatePropagation(); });
target.addEventListener('stop', () => seen.push('b'));
seen.length = 0;
target.dispatchEvent(new Event('stop'));
console.log(seen.join(' '));

const custom = new CustomEvent('data', { detail: { n: 1 } });
console.log(custom.detail.n, custom instanceof Event, new CustomEvent('x').detail);
console.log(Event.NONE, Event.AT_TARGET, Object.prototype.toString.call(custom));

for (const thunk of [() => new Event(), () => target.addEventListener('x'), () => target.dispatchEvent({ type: 'x' }),
  () => target.addEventListener('x', 42)]) {
  try {
    thunk();
  } catch (error) {
    console.log(error.code, error.name);
  }
}
const controller = new AbortController();
target.addEventListener('sig', () => console.log('sig listener ran'), { signal: controller.signal });
target.dispatchEvent(new Event('sig'));
controller.abort();
target.dispatchEvent(new Event('sig'));
process.on('uncaughtException', (error) => console.log('uncaught', error.message));
target.addEventListener('boom', () => { throw new Error('listener threw'); });
target.addEventListener('boom', () => console.log('second listener still runs'));
target.dispatchEvent(new Event('boom'));
console.log('after dispatch');
