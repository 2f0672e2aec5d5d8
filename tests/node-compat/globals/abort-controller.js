// AbortController / AbortSignal: abort reasons, events, onabort, throwIfAborted, static helpers.
const controller = new AbortController();
const { signal } = controller;
console.log(signal.aborted, signal.reason, Object.prototype.toString.call(signal), signal instanceof EventTarget);
signal.onabort = (event) => console.log('onabort', event.type, event.isTrusted, event.target === signal);
signal.addEventListener('abort', (event) => console.log('listener', event.type, event instanceof Event), { once: true });
controller.abort();
console.log(signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code, signal.reason instanceof DOMException);
controller.abort('again');
console.log(signal.reason.name);
try {
  signal.throwIfAborted();
} catch (error) {
  console.log('thrown', error === signal.reason);
}
const custom = new AbortController();
custom.abort('why');
console.log(custom.signal.reason);
const ready = AbortSignal.abort(new Error('early'));
console.log(ready.aborted, ready.reason.message);
try {
  new AbortSignal();
} catch (error) {
  console.log(error.code, error.name, error.message);
}
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
b.abort('from b');
a.abort('from a');
console.log(any.reason, AbortSignal.any([ready]).reason.message);
try {
  AbortSignal.timeout(-1);
} catch (error) {
  console.log(error.code);
}
const timed = AbortSignal.timeout(5);
timed.addEventListener('abort', () => console.log('timeout', timed.reason.name, timed.reason.message, timed.reason.code));
setTimeout(() => console.log('still', timed.aborted), 50);
